package kz.otinish;

import java.util.Locale;
import java.util.Optional;

/** The two languages the bot speaks. */
public enum Lang {
    KK, RU;

    /** The other of the two: where a word one language's text lacks may be found. */
    public Lang other() {
        return this == KK ? RU : KK;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lang> fromCode(String code) {
        if (code == null) return Optional.empty();
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "kk", "kz", "kaz", "қаз", "каз", "қазақша", "казакша", "qazaqsha", "kazakh" -> Optional.of(KK);
            case "ru", "rus", "рус", "русский", "russkiy", "russian" -> Optional.of(RU);
            default -> Optional.empty();
        };
    }
}
