package org.taawon.payments.bankfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRail;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;

/**
 * Pays cooperatives that Stripe cannot reach by bank transfer: every payout of a run goes into one
 * ISO 20022 credit transfer initiation file ({@code RUN.pain.001.xml}, pain.001.001.09) and the same
 * as CSV ({@code RUN.csv}) in the output directory, for the platform to hand to its bank. A payout is
 * answered SENT (the file's name is its reference); the bank's confirmation or return file, imported
 * with {@link BankReturnImport}, later marks it paid or failed.
 *
 * <p>The account is checked first (IBAN, Moroccan RIB); a bad one fails the payout at once with
 * INVALID_IBAN or INVALID_RIB, and its money goes back to the cooperative's balance. The CSV is the
 * rail's memory: a payout is appended to it (one row) before it is answered SENT, and a payout sent
 * twice, or again after a restart, appears once. The pain.001 file is written from the CSV when it is
 * asked for ({@link #xmlFile}), atomically, and only when payouts were added since: a run of n
 * payouts costs n appends and one file, not n rewrites of a growing file. A row cut short by a crash
 * (no line end) was never answered SENT and is dropped when the CSV is read back.
 */
public final class BankFilePayoutRail implements PayoutRail {

    private static final Logger LOG = LoggerFactory.getLogger(BankFilePayoutRail.class);

    /** ISO 20022 text identifiers (Max35Text) hold at most 35 characters. */
    static final int MAX_ID = 35;

    private static final String LINE_END = "\r\n";

    private final Path directory;
    private final Debtor debtor;
    private final Clock clock;
    // What this rail knows of each run's CSV, checked against the file's size before use.
    private final Map<PayoutRunId, RunFile> runs = new HashMap<>();

    /** A run's transfers as read from or appended to its CSV, and whether its XML still lacks some. */
    private static final class RunFile {
        final Path csv;
        final Path xml;
        final Map<String, BankTransfer> transfers = new LinkedHashMap<>();
        long csvBytes = Long.MIN_VALUE;
        boolean xmlCurrent;

        RunFile(Path csv, Path xml) {
            this.csv = csv;
            this.xml = xml;
        }
    }

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
        RunFile file = read(payout.run());
        if (!file.transfers.containsKey(payout.id().value())) {
            BankTransfer transfer = new BankTransfer(payout.id().value(), payout.run().value(),
                    payout.cooperative().value(), account.holder(), number, payout.amount());
            append(payout.run(), file, transfer);
            LOG.debug("payout {} of {} added to {}", payout.id(), payout.amount(), file.csv);
        }
        return Outcome.sent(file.xml.getFileName().toString());
    }

    /**
     * A batch of payouts (a payout engine hands over up to a claim's worth): each appended to its
     * run's CSV as {@link #send} does, then each run's pain.001 written once for the whole batch, so
     * the files in the directory are complete whenever the rail has answered.
     */
    @Override
    public synchronized List<Outcome> sendAll(List<Payout> payouts) {
        List<Outcome> outcomes = new java.util.ArrayList<>(payouts.size());
        java.util.Set<PayoutRunId> runs = new java.util.LinkedHashSet<>();
        for (Payout payout : payouts) {
            Outcome outcome = send(payout);
            if (outcome.status() == PayoutState.SENT) {
                runs.add(payout.run());
            }
            outcomes.add(outcome);
        }
        runs.forEach(this::xmlFile);
        return outcomes;
    }

    /** A bank file takes a claim's payouts in one step. */
    @Override
    public int batchSize() {
        return 1_000;
    }

    /** SENT when the payout is in its run's file already (the pain.001 brought up to date), empty otherwise. */
    @Override
    public synchronized Optional<Outcome> lookUp(Payout payout) {
        if (!read(payout.run()).transfers.containsKey(payout.id().value())) {
            return Optional.empty();
        }
        // Found in the CSV: a crash may have come before the pain.001 was written with it.
        return Optional.of(Outcome.sent(xmlFile(payout.run()).getFileName().toString()));
    }

    /**
     * The run's ISO 20022 file, holding every payout of the run sent so far: written from the CSV
     * first if payouts were added since it was last written (it exists once a payout of the run was sent).
     */
    public synchronized Path xmlFile(PayoutRunId run) {
        RunFile file = read(run);
        Path xml = file.xml;
        if (!file.transfers.isEmpty() && (!file.xmlCurrent || !Files.exists(xml))) {
            try {
                String messageId = run.value().length() <= MAX_ID ? run.value() : run.value().substring(0, MAX_ID);
                replace(xml, Pain001.write(messageId, clock.instant(), debtor, file.transfers.values()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the bank file of run " + run, e);
            }
            file.xmlCurrent = true;
            LOG.info("{} written with {} payouts", xml.getFileName(), file.transfers.size());
        }
        return xml;
    }

    /** The run's CSV file. */
    public Path csvFile(PayoutRunId run) {
        return directory.resolve(fileStem(run) + ".csv");
    }

    private Path xmlPath(PayoutRunId run) {
        return directory.resolve(fileStem(run) + ".pain.001.xml");
    }

    /** The run's transfers: from memory when the CSV is as this rail left it, else read again. */
    private RunFile read(PayoutRunId run) {
        RunFile file = runs.computeIfAbsent(run, r -> new RunFile(csvFile(r), xmlPath(r)));
        Path csv = file.csv;
        try {
            long size = sizeOrAbsent(csv);
            if (file.csvBytes == size) {
                return file;
            }
            file.transfers.clear();
            file.xmlCurrent = false;
            if (size >= 0) {
                String text = Files.readString(csv);
                int lastEnd = text.lastIndexOf(LINE_END);
                int complete = lastEnd < 0 ? 0 : lastEnd + LINE_END.length();
                if (complete < text.length()) {
                    LOG.warn("{} ends in a row cut short; it is dropped", csv.getFileName());
                    text = text.substring(0, complete);
                    if (text.isEmpty()) {
                        Files.delete(csv);
                    } else {
                        replace(csv, text);
                    }
                }
                BankTransferCsv.read(text).forEach(t -> file.transfers.put(t.endToEndId(), t));
                file.csvBytes = text.isEmpty() ? -1 : Files.size(csv);
            } else {
                file.csvBytes = -1;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    private void append(PayoutRunId run, RunFile file, BankTransfer transfer) {
        Path csv = file.csv;
        try {
            String row = BankTransferCsv.row(transfer);
            if (file.csvBytes < 0) {
                Files.createDirectories(directory);
                replace(csv, BankTransferCsv.HEADER + LINE_END + row);
                file.csvBytes = Files.size(csv);
            } else {
                byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
                Files.write(csv, bytes, StandardOpenOption.APPEND);
                file.csvBytes += bytes.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bank files of run " + run, e);
        }
        file.transfers.put(transfer.endToEndId(), transfer);
        file.xmlCurrent = false;
    }

    private static long sizeOrAbsent(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).size();
        } catch (NoSuchFileException e) {
            return -1;
        }
    }

    private static void replace(Path target, String content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(temp, content);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String fileStem(PayoutRunId run) {
        String value = run.value();
        StringBuilder stem = new StringBuilder(value.length());
        // Character by character (a regex here cost a fifth of a payout's time), a code point each.
        value.codePoints().forEach(c -> {
            boolean kept = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            stem.append(kept ? (char) c : '_');
        });
        return stem.toString();
    }
}
