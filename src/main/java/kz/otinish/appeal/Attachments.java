package kz.otinish.appeal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.otinish.dialog.FileInfo;

/**
 * e-Otinish's limits on attached files (its FAQ, on why an appeal comes back "Тіркелмеді"): at most
 * 10 files, at most 80 MB together, no audio or video. Checked when each file arrives, so the user
 * learns at once which file was refused and why.
 */
public final class Attachments {
    public static final int MAX_FILES = 10;
    public static final long MAX_TOTAL_BYTES = 80L * 1024 * 1024;
    /** For files whose type the messenger did not say (or said as octet-stream). */
    private static final Set<String> MEDIA_EXTENSIONS = Set.of("mp3", "wav", "ogg", "oga", "opus", "m4a", "aac",
            "flac", "amr", "wma", "mid", "midi", "mp4", "m4v", "mov", "avi", "mkv", "webm", "3gp", "wmv", "flv",
            "mpeg", "mpg", "ts");

    private Attachments() {}

    /** Whether {@code incoming} may join {@code attached}; the refusal names the file and the limit. */
    public static Check check(List<FileInfo> attached, FileInfo incoming) {
        String name = incoming.name() == null || incoming.name().isBlank() ? "?" : incoming.name();
        if (isMedia(incoming)) return Check.wrong("files_media", "name", name);
        if (attached.size() >= MAX_FILES) return Check.wrong("files_count", "name", name, "count", attached.size());
        if (incoming.sizeBytes() > MAX_TOTAL_BYTES) {
            return Check.wrong("file_too_big", "name", name, "size", AppealLetter.size(incoming.sizeBytes()));
        }
        long total = total(attached);
        if (total + Math.max(0, incoming.sizeBytes()) > MAX_TOTAL_BYTES) {
            return Check.wrong("files_total", "name", name, "total", AppealLetter.size(total));
        }
        return Check.ok(name);
    }

    public static long total(List<FileInfo> files) {
        return files.stream().mapToLong(f -> Math.max(0, f.sizeBytes())).sum();
    }

    private static boolean isMedia(FileInfo f) {
        String type = f.mimeType() == null ? "" : f.mimeType().toLowerCase(Locale.ROOT);
        if (type.startsWith("audio/") || type.startsWith("video/")) return true;
        String name = f.name() == null ? "" : f.name().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && MEDIA_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
