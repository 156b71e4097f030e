package kz.otinish.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.otinish.channel.http.WebServer;
import kz.otinish.dialog.Dialog;
import kz.otinish.dialog.Texts;
import kz.otinish.knowledge.KnowledgeVersions;
import kz.otinish.search.FaqSearch;
import kz.otinish.storage.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code unanswered [--days N] [--limit N]} and {@code usage [--days N]}: the admin's two reports, on the database
 * the bot uses ({@code DATABASE_URL}, or the embedded one in {@code ./data}). Output is for admins at a terminal.
 */
public final class AdminCommand {
    static final String USAGE = "usage: otinish unanswered [--days N] [--limit N]   |   otinish usage [--days N]";

    private AdminCommand() {}

    /** @return 0; 2 when the arguments are wrong */
    public static int run(String report, List<String> args, Map<String, String> env, PrintStream out) {
        int days = 30, limit = 50;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            Integer value = i + 1 < args.size() ? number(args.get(i + 1)) : null;
            if ((a.equals("--days") || a.equals("--limit")) && value != null && value > 0) {
                if (a.equals("--days")) days = value;
                else limit = value;
                i++;
            } else {
                System.err.println(report + ": unknown or incomplete option " + a + "\n" + USAGE);
                return 2;
            }
        }
        try (Database db = Database.fromEnvironment(env)) {
            AdminReport reports = new AdminReport(db.jdbi());
            if (report.equals("usage")) print(reports.usage(days), out);
            else print(reports.unanswered(days, limit), days, out);
        }
        return 0;
    }

    /**
     * The console on the bot's HTTP server, for the admins {@code ADMIN_IDS} names (and those they add); /admin in the
     * bot then answers an admin with a one-time link to {@code ADMIN_URL} (default http://localhost:HTTP_PORT).
     */
    public static void console(Map<String, String> env, Jdbi jdbi, Texts texts, Supplier<FaqSearch> faq, Dialog dialog, WebServer web) {
        SignIn signIn = new SignIn(jdbi, SignIn.listed(env.get("ADMIN_IDS")));
        String base = baseUrl(env);
        AdminConsole.mount(web, signIn, texts, new AdminReport(jdbi), faq, new KnowledgeVersions(jdbi), base.startsWith("https:"));
        dialog.signInLinks(chat -> signIn.link(chat.channel() + ":" + chat.chatId()).map(token -> signInUrl(base, token)));
    }

    /** {@code admin-link [--for CHANNEL:ID]}: a sign-in link for the first admin of ADMIN_IDS (or the one named), printed. */
    public static int link(List<String> args, Map<String, String> env, PrintStream out) {
        List<String> listed = SignIn.listed(env.get("ADMIN_IDS"));
        String who = args.size() == 2 && args.get(0).equals("--for") ? args.get(1) : args.isEmpty() && !listed.isEmpty() ? listed.getFirst() : null;
        if (who == null) {
            System.err.println("admin-link: ADMIN_IDS names no admin: set ADMIN_IDS=telegram:<Telegram user id>[,aitu:<peer id>…]"
                    + " (README, \"Admin console\")\nusage: otinish admin-link [--for CHANNEL:ID]");
            return 2;
        }
        try (Database db = Database.fromEnvironment(env)) {
            var token = new SignIn(db.jdbi(), listed).link(who);
            if (token.isEmpty()) {
                System.err.println("admin-link: " + who + " is not an admin (neither in ADMIN_IDS nor added in the console)");
                return 2;
            }
            out.println(signInUrl(baseUrl(env), token.get()));
            out.println("valid for " + SignIn.LINK_VALID.toMinutes() + " minutes, once");
        }
        return 0;
    }

    private static String baseUrl(Map<String, String> env) {
        String url = env.getOrDefault("ADMIN_URL", "").strip();
        if (url.isEmpty()) url = "http://localhost:" + (env.getOrDefault("HTTP_PORT", "").isBlank() ? "8080" : env.get("HTTP_PORT").strip());
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String signInUrl(String base, String token) {
        return base + "/admin/sign-in?token=" + token;
    }

    static void print(List<AdminReport.Unanswered> rows, int days, PrintStream out) {
        out.printf("Questions the bot could not answer, last %d days (most asked first):%n", days);
        if (rows.isEmpty()) out.println("  none");
        for (AdminReport.Unanswered r : rows) {
            out.printf("%5d× %3d people  %s  %s  %s%n", r.times(), r.people(), r.lang(), r.lastAsked().toString().substring(0, 10), r.question());
        }
    }

    static void print(AdminReport.Usage u, PrintStream out) {
        out.printf("Usage, last %d days%n", u.days());
        out.printf("  users: %d in all, %d new, %d active%n", u.users(), u.newUsers(), u.activeUsers());
        out.printf("  messages from messengers: %d%n", u.messages());
        out.printf("  appeals written: %d%n", u.appeals());
        out.printf("  questions not answered: %d%n", u.unanswered());
        for (AdminReport.LangCount l : u.usersByLang()) out.printf("  language %s: %d users%n", l.lang(), l.users());
        out.println("  topics shown most (kk + ru):");
        if (u.topics().isEmpty()) out.println("    none");
        for (AdminReport.TopicCount t : u.topics()) out.printf("    %4d + %4d  %s%n", t.kk(), t.ru(), t.entryId());
        out.println("  events that failed every attempt and were parked (a bug: give these lines to a programmer):");
        if (u.parked().isEmpty()) out.println("    none");
        for (AdminReport.Parked p : u.parked()) {
            out.printf("    %4d× %s %s, last %s: %s%n", p.times(), p.channel(), p.kind(), p.last().toString().substring(0, 16), p.reason());
        }
    }

    private static Integer number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
