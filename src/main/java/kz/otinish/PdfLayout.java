package kz.otinish;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text top to bottom on A4 pages, wrapping words and starting new pages: what the appeal letter and the
 * volunteers' poster are printed with. The font is Liberation Sans, which PDFBox itself ships
 * (org/apache/pdfbox/resources/ttf, SIL Open Font License): it covers the whole Cyrillic block, so every Kazakh
 * letter (ә ғ қ ң ө ұ ү һ і) renders; it is embedded as a subset, so the file opens anywhere. A character the font
 * lacks (an emoji, say) is printed as "□" rather than failing the document.
 */
public final class PdfLayout {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float LEADING_PER_POINT = 15f / 11;
    /** WHITE SQUARE, which Liberation Sans has: what stands in the PDF for characters it has no glyph for. */
    static final char MISSING = '□';

    private final PDDocument doc;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final float right, top, bottom;
    private PDPageContentStream page;
    private float y;

    /** {@code right}, {@code top}, {@code bottom}: the page's margins in points. */
    public PdfLayout(PDDocument doc, float right, float top, float bottom) throws IOException {
        try (InputStream in = PdfLayout.class.getResourceAsStream(FONT)) {
            if (in == null) throw new IOException("font " + FONT + " is not on the class path");
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            this.font = PDType0Font.load(doc, ttf, true);
            this.cmap = ttf.getUnicodeCmapLookup();
        }
        this.doc = doc;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
        newPage();
    }

    /** {@code text} from {@code x} to the right margin, or centred on the page, in lines of {@code size} points. */
    public void paragraph(String text, float x, float size, boolean centred) throws IOException {
        float width = PDRectangle.A4.getWidth() - right - x;
        float leading = LEADING_PER_POINT * size;
        for (String line : wrap(printable(text), width, size)) {
            if (y - leading < bottom) newPage();
            y -= leading;
            float lineX = centred ? (PDRectangle.A4.getWidth() - width(line, size)) / 2 : x;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(lineX, y);
            page.showText(line);
            page.endText();
        }
    }

    /** A square grid of black and white cells ({@code cells[row][column]}, true = black), {@code side} points wide, centred. */
    public void grid(boolean[][] cells, float side) throws IOException {
        if (y - side < bottom) newPage();
        float cell = side / cells.length, left = (PDRectangle.A4.getWidth() - side) / 2;
        y -= side;
        for (int row = 0; row < cells.length; row++) {
            for (int col = 0; col < cells[row].length; col++) {
                if (cells[row][col]) page.addRect(left + col * cell, y + side - (row + 1) * cell, cell, cell);
            }
        }
        page.fill();
    }

    /** Empty space of {@code points}. */
    public void gap(float points) {
        y -= points;
    }

    public void close() throws IOException {
        page.close();
    }

    private void newPage() throws IOException {
        if (page != null) page.close();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        y = PDRectangle.A4.getHeight() - top;
    }

    /**
     * The text with every run of characters the font cannot draw (an emoji with its joiners and variation selectors)
     * shown as one {@value #MISSING}: visibly not what was typed, and never a "?" that reads as punctuation.
     */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        boolean inMissing = false;
        for (int cp : text.codePoints().toArray()) {
            boolean missing = !Character.isWhitespace(cp) && !Character.isISOControl(cp) && cmap.getGlyphId(cp) <= 0;
            if (missing && !inMissing) out.append(MISSING);
            else if (!missing) out.appendCodePoint(Character.isWhitespace(cp) || Character.isISOControl(cp) ? ' ' : cp);
            inMissing = missing;
        }
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
