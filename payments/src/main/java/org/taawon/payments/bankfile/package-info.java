/**
 * Bank-transfer payouts for cooperatives Stripe cannot reach:
 * {@link org.taawon.payments.bankfile.BankFilePayoutRail} writes one ISO 20022 pain.001.001.09 file
 * and one CSV per payout run, after checking each account
 * ({@link org.taawon.payments.bankfile.BankAccountNumber}: IBAN by iban4j, Moroccan RIB by its key),
 * and {@link org.taawon.payments.bankfile.BankReturnImport} reads the bank's confirmation or return
 * file back into the payouts and the ledger.
 */
package org.taawon.payments.bankfile;
