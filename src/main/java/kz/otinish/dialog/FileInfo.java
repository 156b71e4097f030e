package kz.otinish.dialog;

/** A file the user sent: only its metadata is kept. */
public record FileInfo(String name, String mimeType, long sizeBytes) {}
