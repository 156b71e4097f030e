package kz.otinish.admin;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;
import kz.otinish.Lang;
import kz.otinish.PdfLayout;
import kz.otinish.dialog.Texts;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The A4 poster volunteers print for reception centres and village halls: what the bot does, in Kazakh and in
 * Russian, and a QR code of the bot's Telegram deep link (a phone's camera opens the chat; the start payload
 * can open a topic, the appeal form or the akimat finder at once). Its words are in bot/texts ({@code poster.*}).
 */
public final class Poster {
    /** Telegram's rules for a bot's username and a deep link's start payload. */
    static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{4,31}");
    static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final float MARGIN = 50, QR_SIDE = 300, TITLE = 22, TEXT = 13, SMALL = 11;

    private Poster() {}

    /** {@code https://t.me/USERNAME}, with {@code ?start=PAYLOAD} when there is one. */
    public static String link(String username, String payload) {
        if (!USERNAME.matcher(username).matches()) throw new IllegalArgumentException("not a Telegram bot username: " + username);
        if (payload != null && !PAYLOAD.matcher(payload).matches()) throw new IllegalArgumentException("not a start payload: " + payload);
        return "https://t.me/" + username + (payload == null ? "" : "?start=" + payload);
    }

    public static byte[] render(String link, Texts texts) {
        try (PDDocument doc = new PDDocument()) {
            PdfLayout page = new PdfLayout(doc, MARGIN, MARGIN, MARGIN);
            for (Lang lang : Lang.values()) {
                page.paragraph(texts.get(lang, "poster.title"), MARGIN, TITLE, true);
                page.gap(4);
                page.paragraph(texts.get(lang, "poster.what"), MARGIN, TEXT, true);
                page.gap(14);
            }
            page.grid(modules(link), QR_SIDE);
            page.gap(12);
            page.paragraph(link, MARGIN, TEXT, true);
            page.gap(14);
            for (Lang lang : Lang.values()) {
                page.paragraph(texts.get(lang, "poster.how"), MARGIN, TEXT, true);
                page.gap(6);
            }
            page.gap(8);
            for (Lang lang : Lang.values()) page.paragraph(texts.get(lang, "poster.privacy"), MARGIN, SMALL, true);
            page.close();
            doc.getDocumentInformation().setTitle("Otinish Assistant — " + link);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code's modules with the quiet zone of four around them that scanners need. Level M survives some dirt. */
    private static boolean[][] modules(String text) {
        try {
            ByteMatrix m = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
            int quiet = 4, n = m.getWidth() + 2 * quiet;
            boolean[][] cells = new boolean[n][n];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) cells[y + quiet][x + quiet] = m.get(x, y) == 1;
            }
            return cells;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
        }
    }
}
