package kz.otinish.admin;

import kz.otinish.Lang;
import kz.otinish.dialog.Texts;

/**
 * What every page of the console needs: its admin's language and texts, the form token of their session, the draft
 * not yet published (a banner with the button to publish it) and what the last action did ({@code notice}).
 */
public record ConsolePage(Texts texts, Lang lang, String csrf, boolean signedIn, String draft, String notice) {
    /** The console's text {@code console.<key>} in the admin's language; {@code args} fill its {placeholders}. */
    public String t(String key, Object... args) {
        return texts.get(lang, "console." + key, args);
    }
}
