package kz.otinish.tracking;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an appeal stands, as e-Otinish names it (seed 001, "Өтінішті бақылауда ұстау?": Тіркелмеді, Тіркелді,
 * Орындалуда, Орындалды; "Кері қайтарып алынды" from its withdrawal answer), plus the term extended, the appeal
 * forwarded to another body, and written in the bot but not submitted yet. Texts: tracking.status.CODE.
 */
public enum Status {
    NOT_SUBMITTED, NOT_REGISTERED, REGISTERED, IN_PROGRESS, DONE, WITHDRAWN, EXTENDED, FORWARDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> fromCode(String code) {
        for (Status s : values()) if (s.code().equals(code)) return Optional.of(s);
        return Optional.empty();
    }

    /** Whether an answer is still awaited, so the due date matters. */
    public boolean awaitsAnswer() {
        return this == REGISTERED || this == IN_PROGRESS || this == EXTENDED || this == FORWARDED;
    }
}
