package org.taawon.payments.bankfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutRunId;

/**
 * Pays cooperatives that Stripe cannot reach by bank transfer: every payout of a run goes into one
 * ISO 20022 credit transfer initiation file ({@code RUN.pain.001.xml}, pain.001.001.09) and the same
 * as CSV ({@code RUN.csv}) in the output directory, for the platform to hand to its bank. A payout is
 * answered SENT (the file's name is its reference); the bank's confirmation or return file, imported
 * with {@link BankReturnImport}, later marks it paid or failed.
 *
 * <p>The account is checked first (IBAN, Moroccan RIB); a bad one fails the payout at once with
 * INVALID_IBAN or INVALID_RIB, and its money goes back to the cooperative's balance. The CSV is the
 * rail's memory: both files are rewritten from it on each payout (atomically), so a payout sent twice,
 * or again after a restart, appears once.
 */
public final class BankFilePayoutRail implements PayoutRail {

    private static final Logger LOG = LoggerFactory.getLogger(BankFilePayoutRail.class);

    /** ISO 20022 text identifiers (Max35Text) hold at most 35 characters. */
    static final int MAX_ID = 35;

    private final Path directory;
    private final Debtor debtor;
    private final Clock clock;

    public BankFilePayoutRail(Path directory, Debtor debtor, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.debtor = Objects.requireNonNull(debtor, "debtor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized Outcome send(Payout payout) {
        if (!(payout.destination() instanceof PayoutDestination.BankAccount account)) {
            return Outcome.failed("NO_BANK_ACCOUNT");
        }
        BankAccountNumber number;
        try {
            number = BankAccountNumber.parse(account.accountNumber());
        } catch (InvalidBankAccountException e) {
            LOG.warn("payout {} refused: {}", payout.id(), e.getMessage());
            return Outcome.failed(e.reason());
        }
        if (payout.id().value().length() > MAX_ID) {
            return Outcome.failed("END_TO_END_ID_TOO_LONG");
        }
        Map<String, BankTransfer> transfers = read(payout.run());
        if (!transfers.containsKey(payout.id().value())) {
            transfers.put(payout.id().value(), new BankTransfer(payout.id().value(), payout.run().value(),
                    payout.cooperative().value(), account.holder(), number, payout.amount()));
            write(payout.run(), transfers);
            LOG.info("payout {} of {} added to {}", payout.id(), payout.amount(), xmlFile(payout.run()).getFileName());
        }
        return Outcome.sent(xmlFile(payout.run()).getFileName().toString());
    }

    /** SENT when the payout is in its run's file already, empty otherwise. */
    @Override
    public synchronized Optional<Outcome> lookUp(Payout payout) {
        return read(payout.run()).containsKey(payout.id().value())
                ? Optional.of(Outcome.sent(xmlFile(payout.run()).getFileName().toString()))
                : Optional.empty();
    }

    /** The run's ISO 20022 file (it exists once a payout of the run was sent). */
    public Path xmlFile(PayoutRunId run) {
        return directory.resolve(fileStem(run) + ".pain.001.xml");
    }

    /** The run's CSV file. */
    public Path csvFile(PayoutRunId run) {
        return directory.resolve(fileStem(run) + ".csv");
    }

    private Map<String, BankTransfer> read(PayoutRunId run) {
        Path csv = csvFile(run);
        Map<String, BankTransfer> transfers = new LinkedHashMap<>();
        if (Files.exists(csv)) {
            try {
                BankTransferCsv.read(Files.readString(csv)).forEach(t -> transfers.put(t.endToEndId(), t));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + csv, e);
            }
        }
        return transfers;
    }

    private void write(PayoutRunId run, Map<String, BankTransfer> transfers) {
        try {
            Files.createDirectories(directory);
            String messageId = run.value().length() <= MAX_ID ? run.value() : run.value().substring(0, MAX_ID);
            replace(xmlFile(run), Pain001.write(messageId, clock.instant(), debtor, transfers.values()));
            replace(csvFile(run), BankTransferCsv.write(transfers.values()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bank files of run " + run, e);
        }
    }

    private static void replace(Path target, String content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(temp, content);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String fileStem(PayoutRunId run) {
        return run.value().replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
