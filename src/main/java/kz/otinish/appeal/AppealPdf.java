package kz.otinish.appeal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import kz.otinish.dialog.Document;
import kz.otinish.Lang;
import kz.otinish.PdfLayout;
import kz.otinish.dialog.Texts;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The appeal as an A4 PDF to print and sign, laid out by {@link PdfLayout}. */
public final class AppealPdf {
    private static final float SIZE = 11, TITLE_SIZE = 14, LEADING = 15;
    private static final float LEFT = 70, RIGHT = 45, TOP = 60, BOTTOM = 60;
    /** The header (to / from) sits in the right part of the page, as in a paper appeal. */
    private static final float HEADER_X = 300;

    private AppealPdf() {}

    /** The PDF as a file to send; its name carries the date and number, never the applicant's name. */
    public static Document document(Appeal appeal, AppealLetter letter, Texts texts) {
        return new Document("otinish-" + appeal.filedOn() + "-" + appeal.id() + ".pdf", "application/pdf",
                render(letter, texts, appeal.lang()));
    }

    public static byte[] render(AppealLetter letter, Texts texts, Lang lang) {
        try (PDDocument doc = new PDDocument()) {
            PdfLayout w = new PdfLayout(doc, RIGHT, TOP, BOTTOM);
            for (String line : letter.header()) w.paragraph(line, HEADER_X, SIZE, false);
            w.gap(2 * LEADING);
            w.paragraph(letter.title(), LEFT, TITLE_SIZE, true);
            w.gap(LEADING);
            for (AppealLetter.Field f : letter.body()) {
                w.paragraph(f.label() == null ? f.value() : f.label() + ": " + f.value(), LEFT, SIZE, false);
                w.gap(0.4f * LEADING);
            }
            w.gap(LEADING);
            String none = letter.attachments().isEmpty() ? " " + texts.get(lang, "appeal.letter.none") : "";
            w.paragraph(texts.get(lang, "appeal.letter.attachments") + ":" + none, LEFT, SIZE, false);
            for (String a : letter.attachments()) w.paragraph(a, LEFT + 15, SIZE, false);
            w.gap(2 * LEADING);
            w.paragraph(texts.get(lang, "appeal.letter.date") + ": " + letter.date(), LEFT, SIZE, false);
            w.gap(LEADING);
            w.paragraph(texts.get(lang, "appeal.letter.signature") + ": ____________________ / " + letter.signature(),
                    LEFT, SIZE, false);
            w.close();
            doc.getDocumentInformation().setTitle(letter.title());
            doc.getDocumentInformation().setCreator("Otinish Assistant");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
