package org.taawon.core.ledger;

/** The kinds of account in the ledger. Those marked per cooperative exist once for each. */
public enum AccountType {
    /** What customers paid in, net of refunds (negative: money came from customers). */
    CUSTOMER_CLEARING(false),
    /** What the platform owes a cooperative (per cooperative). */
    COOPERATIVE_PAYABLE(true),
    /** The platform's commission, shipping and fee costs. */
    PLATFORM_REVENUE(false),
    /** Fees kept by the payment processor. */
    PROCESSOR_FEES(false),
    /** Payouts on their way to a cooperative (per cooperative). */
    PAYOUTS_IN_FLIGHT(true),
    /** Payouts that reached a cooperative (per cooperative). */
    PAYOUTS_PAID(true);

    private final boolean perCooperative;

    AccountType(boolean perCooperative) {
        this.perCooperative = perCooperative;
    }

    public boolean isPerCooperative() {
        return perCooperative;
    }
}
