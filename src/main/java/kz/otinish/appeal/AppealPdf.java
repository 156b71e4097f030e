package kz.otinish.appeal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kz.otinish.dialog.Document;
import kz.otinish.Lang;
import kz.otinish.dialog.Texts;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The appeal as an A4 PDF to print and sign. The font is Liberation Sans, which PDFBox itself ships
 * (org/apache/pdfbox/resources/ttf, SIL Open Font License): it covers the whole Cyrillic block, so every
 * Kazakh letter (ә ғ қ ң ө ұ ү һ і) renders; it is embedded as a subset, so the file opens anywhere.
 * A character the font lacks (an emoji, say) is printed as "?" rather than failing the document.
 */
public final class AppealPdf {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
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
        try (PDDocument doc = new PDDocument(); InputStream in = AppealPdf.class.getResourceAsStream(FONT)) {
            if (in == null) throw new IOException("font " + FONT + " is not on the class path");
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            Writer w = new Writer(doc, font, ttf.getUnicodeCmapLookup());
            for (String line : letter.header()) w.paragraph(line, HEADER_X, SIZE, false);
            w.gap(2);
            w.paragraph(letter.title(), LEFT, TITLE_SIZE, true);
            w.gap(1);
            for (AppealLetter.Field f : letter.body()) {
                w.paragraph(f.label() == null ? f.value() : f.label() + ": " + f.value(), LEFT, SIZE, false);
                w.gap(0.4f);
            }
            w.gap(1);
            String none = letter.attachments().isEmpty() ? " " + texts.get(lang, "appeal.letter.none") : "";
            w.paragraph(texts.get(lang, "appeal.letter.attachments") + ":" + none, LEFT, SIZE, false);
            for (String a : letter.attachments()) w.paragraph(a, LEFT + 15, SIZE, false);
            w.gap(2);
            w.paragraph(texts.get(lang, "appeal.letter.date") + ": " + letter.date(), LEFT, SIZE, false);
            w.gap(1);
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

    /** Lays lines top to bottom, wrapping words and starting new pages. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final CmapLookup cmap;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument doc, PDType0Font font, CmapLookup cmap) throws IOException {
            this.doc = doc;
            this.font = font;
            this.cmap = cmap;
            newPage();
        }

        void paragraph(String text, float x, float size, boolean centred) throws IOException {
            float width = PDRectangle.A4.getWidth() - RIGHT - x;
            for (String line : wrap(printable(text), width, size)) {
                if (y - LEADING < BOTTOM) newPage();
                y -= LEADING * size / SIZE;
                float lineX = centred ? (PDRectangle.A4.getWidth() - width(line, size)) / 2 : x;
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(lineX, y);
                page.showText(line);
                page.endText();
            }
        }

        void gap(float lines) {
            y -= LEADING * lines;
        }

        void close() throws IOException {
            page.close();
        }

        private void newPage() throws IOException {
            if (page != null) page.close();
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = PDRectangle.A4.getHeight() - TOP;
        }

        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) out.append(' ');
                else if (cmap.getGlyphId(cp) > 0) out.appendCodePoint(cp);
                else out.append('?');
            });
            return out.toString().strip();
        }

        private List<String> wrap(String text, float width, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) lines.add(line.toString());
                line.setLength(0);
                // A word wider than the line (a long link) is split where it overflows.
                while (width(word, size) > width) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), size) > width) cut--;
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (!line.isEmpty() || lines.isEmpty()) lines.add(line.toString());
            return lines;
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }
    }
}
