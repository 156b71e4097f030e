package kz.otinish.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kz.otinish.dialog.FileInfo;
import org.junit.jupiter.api.Test;

class AttachmentsTest {
    private static final long MB = 1024 * 1024;

    @Test
    void theEleventhFileIsRefused() {
        List<FileInfo> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) ten.add(new FileInfo("doc" + i + ".pdf", "application/pdf", MB));
        assertTrue(Attachments.check(ten.subList(0, 9), ten.get(9)).isOk());
        assertEquals("files_count", Attachments.check(ten, new FileInfo("more.pdf", "application/pdf", 1)).error());
    }

    @Test
    void filesTogetherOverEightyMegabytesAreRefusedAtTheOneThatCrossesTheLine() {
        List<FileInfo> seventy = List.of(new FileInfo("scan.pdf", "application/pdf", 70 * MB));
        assertTrue(Attachments.check(seventy, new FileInfo("a.jpg", "image/jpeg", 10 * MB)).isOk());
        Check c = Attachments.check(seventy, new FileInfo("b.jpg", "image/jpeg", 10 * MB + 1));
        assertEquals("files_total", c.error());
        assertEquals(List.of("name", "b.jpg", "total", "70,0 МБ"), c.args());
    }

    @Test
    void aSingleFileOverTheLimitIsSaidToBeTooBigByItself() {
        Check c = Attachments.check(List.of(new FileInfo("a.txt", "text/plain", 1024)), new FileInfo("scan.pdf", "application/pdf", 90 * MB));
        assertEquals("file_too_big", c.error());
        assertEquals(List.of("name", "scan.pdf", "size", "90,0 МБ"), c.args());
    }

    @Test
    void audioAndVideoAreRefusedByTypeOrByName() {
        assertEquals("files_media", Attachments.check(List.of(), new FileInfo("voice.oga", "audio/ogg", 20_000)).error());
        assertEquals("files_media", Attachments.check(List.of(), new FileInfo("clip.mp4", "video/mp4", MB)).error());
        assertEquals("files_media", Attachments.check(List.of(), new FileInfo("clip.MOV", "application/octet-stream", MB)).error());
        assertTrue(Attachments.check(List.of(), new FileInfo("photo.jpg", "image/jpeg", MB)).isOk());
    }
}
