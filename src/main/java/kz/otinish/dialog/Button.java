package kz.otinish.dialog;

import java.nio.charset.StandardCharsets;

/** A choice offered to the user. {@code data} travels back as {@link Incoming#button()}. */
public record Button(String label, String data) {
    /** Telegram's limit for callback data, which every channel respects. */
    public static final int MAX_DATA_BYTES = 64;

    public Button {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("button data over " + MAX_DATA_BYTES + " bytes: " + data);
        }
    }
}
