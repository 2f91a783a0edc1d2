package org.taawon.payments.bankfile;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an ISO 20022 customer credit transfer initiation (pain.001.001.09) with the JDK's StAX: a
 * group header with the number of transactions and their control sum, one payment information block
 * debiting the platform, and one credit transfer per payout whose end-to-end id is the payout's id.
 */
final class Pain001 {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private Pain001() {
    }

    static String write(String messageId, Instant created, Debtor debtor, Collection<BankTransfer> transfers) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            BigDecimal controlSum = transfers.stream().map(t -> t.amount().toDecimal()).reduce(BigDecimal.ZERO, BigDecimal::add);
            String count = Integer.toString(transfers.size());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            groupHeader(xml, messageId, created, debtor, count, controlSum);
            xml.writeStartElement("PmtInf");
            paymentInformation(xml, messageId, created, debtor, count, controlSum);
            for (BankTransfer transfer : transfers) {
                transaction(xml, transfer);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write pain.001", e);
        }
        return out.toString();
    }

    private static void groupHeader(XMLStreamWriter xml, String messageId, Instant created, Debtor debtor, String count,
                                    BigDecimal controlSum) throws XMLStreamException {
        xml.writeStartElement("GrpHdr");
        text(xml, "MsgId", messageId);
        text(xml, "CreDtTm", created.truncatedTo(ChronoUnit.SECONDS).toString());
        text(xml, "NbOfTxs", count);
        text(xml, "CtrlSum", controlSum.toPlainString());
        xml.writeStartElement("InitgPty");
        text(xml, "Nm", debtor.name());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The payment information block's own elements, before its transactions. */
    private static void paymentInformation(XMLStreamWriter xml, String messageId, Instant created, Debtor debtor,
                                           String count, BigDecimal controlSum) throws XMLStreamException {
        text(xml, "PmtInfId", messageId);
        text(xml, "PmtMtd", "TRF");
        text(xml, "NbOfTxs", count);
        text(xml, "CtrlSum", controlSum.toPlainString());
        xml.writeStartElement("ReqdExctnDt");
        text(xml, "Dt", created.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        xml.writeEndElement();
        xml.writeStartElement("Dbtr");
        text(xml, "Nm", debtor.name());
        xml.writeEndElement();
        xml.writeStartElement("DbtrAcct");
        xml.writeStartElement("Id");
        text(xml, "IBAN", debtor.iban());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("DbtrAgt");
        xml.writeStartElement("FinInstnId");
        if (debtor.bic().isPresent()) {
            text(xml, "BICFI", debtor.bic().get());
        } else {
            xml.writeStartElement("Othr");
            text(xml, "Id", "NOTPROVIDED");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void transaction(XMLStreamWriter xml, BankTransfer transfer) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        text(xml, "EndToEndId", transfer.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", transfer.amount().currency().getCurrencyCode());
        xml.writeCharacters(transfer.amount().toDecimal().toPlainString());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Cdtr");
        text(xml, "Nm", transfer.holder());
        xml.writeEndElement();
        xml.writeStartElement("CdtrAcct");
        xml.writeStartElement("Id");
        if (transfer.account().kind() == BankAccountNumber.Kind.IBAN) {
            text(xml, "IBAN", transfer.account().number());
        } else {
            xml.writeStartElement("Othr");
            text(xml, "Id", transfer.account().number());
            xml.writeStartElement("SchmeNm");
            text(xml, "Prtry", "RIB");
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", "Payout " + transfer.endToEndId());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
