package kz.otinish.dialog;

/** A file the bot sends, such as the appeal PDF. */
public record Document(String fileName, String mimeType, byte[] content) {}
