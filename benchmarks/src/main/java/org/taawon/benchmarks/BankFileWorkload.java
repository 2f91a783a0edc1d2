package org.taawon.benchmarks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.taawon.core.catalogue.CooperativeId;
import org.taawon.core.catalogue.PayoutDestination;
import org.taawon.core.money.Money;
import org.taawon.core.payout.Payout;
import org.taawon.core.payout.PayoutRunId;
import org.taawon.core.payout.PayoutState;
import org.taawon.payments.bankfile.BankAccountNumber;
import org.taawon.payments.bankfile.BankFilePayoutRail;
import org.taawon.payments.bankfile.Debtor;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * B5 bank file: a run's payouts sent one by one through {@link BankFilePayoutRail} (each checked and
 * recorded before it is answered SENT), then its pain.001 file asked for; against a baseline that
 * writes the same two files' bytes once each with a StringBuilder (CSV) and the JDK's
 * XMLStreamWriter (pain.001), from the same figures and without checks. Half the accounts are
 * Moroccan RIBs, half IBANs.
 */
final class BankFileWorkload {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final Currency MAD = Currency.getInstance("MAD");
    private static final Debtor PLATFORM = Debtor.of("Taawon Platform SARL", "MA64011519000001205000534921");
    private static final String IBAN = "FR1420041010050500013M02606";
    private static final Instant AT = Instant.parse("2026-03-10T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    private final List<Payout> payouts;
    private final Path root;
    private int round;
    // The last run's files, for the checks.
    Path libraryXml;
    Path libraryCsv;
    Path baselineXml;
    Path baselineCsv;

    BankFileWorkload(int count) {
        PayoutRunId run = PayoutRunId.of("run-b5-bank");
        payouts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String account;
            if (i % 2 == 0) {
                String body = String.format("%03d%03d%016d", 100 + i % 50, 780, 1_000_000L + 7919L * i);
                account = body + BankAccountNumber.ribKey(body);
            } else {
                account = IBAN;
            }
            String coop = String.format("coop-%05d", i);
            payouts.add(Payout.planned(run, CooperativeId.of(coop), Money.of(1_000 + 37L * i, MAD),
                    new PayoutDestination.BankAccount(account, "Coopérative " + i), AT).sending());
        }
        try {
            root = Files.createTempDirectory("taawon-b5-bank");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long totalMinor() {
        return payouts.stream().mapToLong(p -> p.amount().minor()).sum();
    }

    /** The library: every payout through the rail into a fresh directory, then the run's pain.001. */
    void library() {
        Path dir = root.resolve("library-" + round++);
        BankFilePayoutRail rail = new BankFilePayoutRail(dir, PLATFORM, CLOCK);
        for (Payout payout : payouts) {
            if (rail.send(payout).status() != PayoutState.SENT) {
                throw new IllegalStateException("payout " + payout.id() + " not sent");
            }
        }
        libraryXml = rail.xmlFile(payouts.get(0).run());
        libraryCsv = rail.csvFile(payouts.get(0).run());
    }

    /** The baseline: the same two files written once each, from the payouts' figures. */
    void baseline() {
        Path dir = root.resolve("baseline-" + round++);
        String stem = payouts.get(0).run().value();
        StringBuilder csv = new StringBuilder("end_to_end_id,run_id,cooperative_id,holder,account_kind,account,amount,currency\r\n");
        for (Payout p : payouts) {
            PayoutDestination.BankAccount account = (PayoutDestination.BankAccount) p.destination();
            String number = account.accountNumber();
            csv.append(p.id().value()).append(',').append(p.run().value()).append(',').append(p.cooperative().value())
                    .append(',').append(account.holder()).append(',').append(number.length() == 24 ? "RIB" : "IBAN")
                    .append(',').append(number).append(',').append(p.amount().toDecimal().toPlainString())
                    .append(',').append(p.amount().currency().getCurrencyCode()).append("\r\n");
        }
        try {
            Files.createDirectories(dir);
            baselineCsv = Files.writeString(dir.resolve(stem + ".csv"), csv);
            baselineXml = Files.writeString(dir.resolve(stem + ".pain.001.xml"), xml(stem));
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private String xml(String messageId) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        long total = 0;
        for (Payout p : payouts) {
            total += p.amount().minor();
        }
        String sum = Money.of(total, MAD).toDecimal().toPlainString();
        String count = Integer.toString(payouts.size());
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Document");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement("CstmrCdtTrfInitn");
        xml.writeStartElement("GrpHdr");
        text(xml, "MsgId", messageId);
        text(xml, "CreDtTm", AT.truncatedTo(ChronoUnit.SECONDS).toString());
        text(xml, "NbOfTxs", count);
        text(xml, "CtrlSum", sum);
        xml.writeStartElement("InitgPty");
        text(xml, "Nm", PLATFORM.name());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("PmtInf");
        text(xml, "PmtInfId", messageId);
        text(xml, "PmtMtd", "TRF");
        text(xml, "NbOfTxs", count);
        text(xml, "CtrlSum", sum);
        xml.writeStartElement("ReqdExctnDt");
        text(xml, "Dt", AT.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        xml.writeEndElement();
        xml.writeStartElement("Dbtr");
        text(xml, "Nm", PLATFORM.name());
        xml.writeEndElement();
        xml.writeStartElement("DbtrAcct");
        xml.writeStartElement("Id");
        text(xml, "IBAN", PLATFORM.iban());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("DbtrAgt");
        xml.writeStartElement("FinInstnId");
        xml.writeStartElement("Othr");
        text(xml, "Id", "NOTPROVIDED");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        for (Payout p : payouts) {
            String number = ((PayoutDestination.BankAccount) p.destination()).accountNumber();
            xml.writeStartElement("CdtTrfTxInf");
            xml.writeStartElement("PmtId");
            text(xml, "EndToEndId", p.id().value());
            xml.writeEndElement();
            xml.writeStartElement("Amt");
            xml.writeStartElement("InstdAmt");
            xml.writeAttribute("Ccy", p.amount().currency().getCurrencyCode());
            xml.writeCharacters(p.amount().toDecimal().toPlainString());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("Cdtr");
            text(xml, "Nm", ((PayoutDestination.BankAccount) p.destination()).holder());
            xml.writeEndElement();
            xml.writeStartElement("CdtrAcct");
            xml.writeStartElement("Id");
            if (number.length() == 24) {
                xml.writeStartElement("Othr");
                text(xml, "Id", number);
                xml.writeStartElement("SchmeNm");
                text(xml, "Prtry", "RIB");
                xml.writeEndElement();
                xml.writeEndElement();
            } else {
                text(xml, "IBAN", number);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("RmtInf");
            text(xml, "Ustrd", "Payout " + p.id().value());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * Both sides wrote the same bytes, and the pain.001 holds every payout, its count and its total;
     * returns the number of transactions in it.
     */
    int check() throws Exception {
        if (!Files.readString(libraryXml).equals(Files.readString(baselineXml))) {
            throw new IllegalStateException("the pain.001 files differ");
        }
        if (!Files.readString(libraryCsv).equals(Files.readString(baselineCsv))) {
            throw new IllegalStateException("the CSV files differ");
        }
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(libraryXml.toFile());
        NodeList amounts = doc.getElementsByTagNameNS(NAMESPACE, "InstdAmt");
        long sum = 0;
        for (int i = 0; i < amounts.getLength(); i++) {
            sum += Money.parse(amounts.item(i).getTextContent(), MAD).minor();
        }
        String nb = doc.getElementsByTagNameNS(NAMESPACE, "NbOfTxs").item(0).getTextContent();
        String ctrl = doc.getElementsByTagNameNS(NAMESPACE, "CtrlSum").item(0).getTextContent();
        if (doc.getElementsByTagNameNS(NAMESPACE, "CdtTrfTxInf").getLength() != payouts.size()
                || !nb.equals(String.valueOf(payouts.size())) || sum != totalMinor()
                || Money.parse(ctrl, MAD).minor() != totalMinor()) {
            throw new IllegalStateException("pain.001 holds " + amounts.getLength() + " transactions summing to " + sum
                    + " (NbOfTxs " + nb + ", CtrlSum " + ctrl + "), not " + payouts.size() + " summing to " + totalMinor());
        }
        return amounts.getLength();
    }

    /** Removes what the runs wrote. */
    void clean() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The size of the last pain.001 file, for the report. */
    long xmlBytes() throws IOException {
        return Files.size(libraryXml);
    }
}
