package kz.otinish.admin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kz.otinish.Lang;
import kz.otinish.channel.http.WebServer;
import kz.otinish.dialog.Texts;
import kz.otinish.search.FaqSearch;

/**
 * The admin console under {@code /admin} on the bot's HTTP server: server-side pages (jte templates compiled into the
 * jar, no script, no asset from outside), in Kazakh or Russian per admin, usable on a phone. Everything but signing in
 * needs a session; every form that changes something carries the session's CSRF token; anyone else gets 403.
 */
public final class AdminConsole {
    static final String COOKIE = "otinish_admin";
    private static final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    private final SignIn signIn;
    private final Texts texts;
    private final AdminReport report;
    private final Supplier<FaqSearch> faq;
    private final boolean secureCookie;

    private AdminConsole(SignIn signIn, Texts texts, AdminReport report, Supplier<FaqSearch> faq, boolean secureCookie) {
        this.signIn = signIn;
        this.texts = texts;
        this.report = report;
        this.faq = faq;
        this.secureCookie = secureCookie;
    }

    /** {@code secureCookie}: the console is reached over HTTPS (a public {@code ADMIN_URL}), so the cookie says so. */
    public static void mount(WebServer web, SignIn signIn, Texts texts, AdminReport report, Supplier<FaqSearch> faq,
                             boolean secureCookie) {
        AdminConsole console = new AdminConsole(signIn, texts, report, faq, secureCookie);
        web.get("/admin/sign-in", console::signInPage);
        web.post("/admin/sign-in", console::signIn);
        web.get("/admin", ctx -> console.page(ctx, s -> console.overview(ctx, s)));
        web.get("/admin/unanswered", ctx -> console.page(ctx, s -> console.unanswered(ctx, s)));
        web.get("/admin/try", ctx -> console.page(ctx, s -> console.tryQuestion(ctx, s)));
        web.post("/admin/lang", ctx -> console.form(ctx, (s, form) -> {
            signIn.setLang(s, s.lang().other());
            ctx.redirect("/admin", io.javalin.http.HttpStatus.SEE_OTHER);
        }));
        web.post("/admin/sign-out", ctx -> console.form(ctx, (s, form) -> {
            signIn.signOut(s);
            ctx.removeCookie(COOKIE, "/admin");
            console.render(ctx, 200, "admin/message.jte", console.bilingualPage(), Map.of("text", console.bilingual("signed_out")));
        }));
    }

    // --- signing in ------------------------------------------------------------------------------------------

    /**
     * The link opens a page with one button: the link is spent only by pressing it (a POST), so the preview a
     * messenger fetches of every link it shows cannot spend it first.
     */
    private void signInPage(Context ctx) {
        headers(ctx);
        String token = Optional.ofNullable(ctx.queryParam("token")).orElse("");
        render(ctx, 200, "admin/sign-in.jte", bilingualPage(), Map.of("token", token.length() > 100 ? "" : token));
    }

    private void signIn(Context ctx) {
        headers(ctx);
        Optional<SignIn.Session> session = signIn.redeem(formOf(ctx).get("token"));
        if (session.isEmpty()) {
            render(ctx, 403, "admin/message.jte", bilingualPage(), Map.of("text", bilingual("sign_in_refused")));
            return;
        }
        ctx.header("Set-Cookie", COOKIE + "=" + session.get().id() + "; Path=/admin; Max-Age=" + SignIn.SESSION_VALID.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : ""));
        ctx.redirect("/admin", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // --- pages -----------------------------------------------------------------------------------------------

    private void overview(Context ctx, SignIn.Session s) {
        render(ctx, 200, "admin/overview.jte", page(s), Map.of("usage", report.usage(days(ctx, 7))));
    }

    private void unanswered(Context ctx, SignIn.Session s) {
        FaqSearch search = faq.get();
        List<UnansweredGroups.Group> groups = UnansweredGroups.of(report.unanswered(days(ctx, 30), 500), search::tokens);
        render(ctx, 200, "admin/unanswered.jte", page(s), Map.of("groups", groups));
    }

    private void tryQuestion(Context ctx, SignIn.Session s) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (q.length() > 500) q = q.substring(0, 500);
        Map<String, Object> params = new HashMap<>();
        params.put("question", q);
        params.put("trial", q.isEmpty() ? null : Trial.of(faq.get(), q));
        render(ctx, 200, "admin/try.jte", page(s), params);
    }

    // --- the guard -------------------------------------------------------------------------------------------

    private interface Page {
        void show(SignIn.Session s) throws Exception;
    }

    private interface Form {
        void submit(SignIn.Session s, Map<String, String> form) throws Exception;
    }

    private void page(Context ctx, Page page) throws Exception {
        headers(ctx);
        Optional<SignIn.Session> s = signIn.session(ctx.cookie(COOKIE));
        if (s.isEmpty()) {
            forbidden(ctx);
            return;
        }
        page.show(s.get());
    }

    private void form(Context ctx, Form form) throws Exception {
        headers(ctx);
        Optional<SignIn.Session> s = signIn.session(ctx.cookie(COOKIE));
        Map<String, String> fields = formOf(ctx);
        if (s.isEmpty() || !SignIn.csrfMatches(s.get(), fields.get("csrf"))) {
            forbidden(ctx);
            return;
        }
        form.submit(s.get(), fields);
    }

    private void forbidden(Context ctx) {
        render(ctx, 403, "admin/message.jte", bilingualPage(), Map.of("text", bilingual("forbidden")));
    }

    /** No caching, no framing, no Referer (a sign-in link carries its token in the address). */
    private static void headers(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private ConsolePage page(SignIn.Session s) {
        return new ConsolePage(texts, s.lang(), s.csrf(), true);
    }

    /** For whoever is not signed in, whose language the console does not know yet. */
    private ConsolePage bilingualPage() {
        return new ConsolePage(texts, Lang.KK, "", false);
    }

    private String bilingual(String key) {
        return texts.get(Lang.KK, "console." + key) + " / " + texts.get(Lang.RU, "console." + key);
    }

    private static int days(Context ctx, int otherwise) {
        try {
            int days = Integer.parseInt(Optional.ofNullable(ctx.queryParam("days")).orElse(""));
            return days >= 1 && days <= 3660 ? days : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** An urlencoded form, read within the server's body limit whatever the transfer encoding. */
    private static Map<String, String> formOf(Context ctx) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : WebServer.body(ctx).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            try {
                fields.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the field is left out, as if not sent
            }
        }
        return fields;
    }

    private static void render(Context ctx, int status, String template, ConsolePage page, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("page", page);
        StringOutput out = new StringOutput();
        templates.render(template, all, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }
}
