package org.taawon.examples.shop.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import org.taawon.examples.shop.web.Amounts;
import org.taawon.examples.shop.web.Languages;

/**
 * A statement as PDF, in French, English or Arabic. Arabic is laid out right to left and shaped by
 * OpenPDF's Arabic support, with the DejaVu Sans font shipped in the jar (it has the Arabic glyphs).
 */
@Component
public class StatementPdf {

    private static final String FONT = "/fonts/DejaVuSans.ttf";

    private final StatementLabels labels;
    private final byte[] fontBytes;

    public StatementPdf(StatementLabels labels) {
        this.labels = labels;
        try (InputStream in = StatementPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " is missing from the jar");
            }
            this.fontBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] write(Statement statement, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(labels.text("statement.title", language) + " " + statement.cooperative().value());
        document.open();
        int direction = Languages.isRightToLeft(language) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
        Font body = font(8);
        Font heading = font(13);

        PdfPTable title = new PdfPTable(1);
        title.setWidthPercentage(100);
        title.setRunDirection(direction);
        title.addCell(plain(labels.text("statement.title", language) + " — " + labels.cooperative(statement, language), heading));
        title.addCell(plain(statement.from() + " → " + statement.to(), body));
        title.addCell(plain(labels.text("statement.opening", language) + " : "
                + Amounts.in(language, statement.opening()), body));
        document.add(title);

        document.add(entries(statement, language, direction, body));

        PdfPTable closing = new PdfPTable(1);
        closing.setWidthPercentage(100);
        closing.setSpacingBefore(8);
        closing.setRunDirection(direction);
        closing.addCell(plain(labels.text("statement.closing", language) + " : "
                + Amounts.in(language, statement.closing()), heading));
        document.add(closing);
        document.close();
        return out.toByteArray();
    }

    /** The statement's lines and entries, one row each, with a header row repeated on every page. */
    private PdfPTable entries(Statement statement, String language, int direction, Font body) {
        String[] heads = {"statement.date", "statement.transaction", "statement.entry", "statement.product",
                          "statement.units", "statement.amount", "statement.balance", "statement.payout"};
        PdfPTable table = new PdfPTable(new float[] {11, 17, 11, 20, 5, 11, 11, 14});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        table.setRunDirection(direction);
        for (String head : heads) {
            table.addCell(cell(labels.text(head, language), body));
        }
        for (Statement.Row r : statement.rows()) {
            table.addCell(cell(r.at().toString().substring(0, 10), body));
            table.addCell(cell(r.transaction(), body));
            table.addCell(cell(labels.kind(r, language), body));
            table.addCell(cell(labels.product(r, language), body));
            table.addCell(cell(r.type() == Statement.RowType.LINE ? Long.toString(r.units()) : "", body));
            table.addCell(cell(Amounts.in(language, r.amount()), body));
            table.addCell(cell(r.balance().map(b -> Amounts.in(language, b)).orElse(""), body));
            table.addCell(cell(r.payout(), body));
        }
        return table;
    }

    private Font font(float size) {
        try {
            BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes, null);
            return new Font(base, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(0);
        cell.setPaddingBottom(4);
        return cell;
    }
}
