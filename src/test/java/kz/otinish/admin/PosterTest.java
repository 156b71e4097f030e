package kz.otinish.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import kz.otinish.knowledge.ContentRoot;
import kz.otinish.dialog.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PosterTest {
    @Test
    void thePrintedCodeScansToTheDeepLinkAndTheWordsAreInBothLanguages() throws Exception {
        String link = Poster.link("OtinishBot", "akimat-Talgar");
        assertEquals("https://t.me/OtinishBot?start=akimat-Talgar", link);
        byte[] pdf = Poster.render(link, Texts.load(ContentRoot.at(Path.of("."))));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "one sheet");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Мемлекеттік органға жүгіну керек пе?") && text.contains("Нужно обратиться в госорган?"), text);
            assertTrue(text.contains(link), text);
            // Printed at 100 dpi and read back the way a phone's camera would.
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertEquals(link, new QRCodeReader().decode(bitmap).getText());
        }
    }

    @Test
    void aLinkTelegramWouldRefuseIsRefusedBeforeAnythingIsPrinted() {
        assertThrows(IllegalArgumentException.class, () -> Poster.link("bot", null), "usernames have 5 to 32 characters");
        assertThrows(IllegalArgumentException.class, () -> Poster.link("OtinishBot", "akimat-Қарасай"), "payloads are Latin only");
        assertEquals("https://t.me/OtinishBot", Poster.link("OtinishBot", null));
    }
}
