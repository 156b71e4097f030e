package kz.otinish.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import kz.otinish.Lang;
import kz.otinish.channel.http.WebServer;
import org.jdbi.v3.core.Jdbi;

/**
 * Who may use the admin console, and how they get in without a password to lose: a one-time link, valid
 * {@link #LINK_VALID}, sent by the bot to an admin who types /admin (or printed on the server by {@code otinish
 * admin-link}); redeeming it opens a session of {@link #SESSION_VALID}. Admins are the messenger users listed in
 * {@code ADMIN_IDS} ("telegram:123,aitu:…") and those another admin added.
 */
public final class SignIn {
    static final Duration LINK_VALID = Duration.ofMinutes(10);
    static final Duration SESSION_VALID = Duration.ofHours(8);

    /** A signed-in admin: the raw session id lives only in their cookie; {@code csrf} goes in every form. */
    public record Session(String id, String adminId, String csrf, Lang lang) {}

    private final Jdbi jdbi;
    private final Set<String> listed;

    public SignIn(Jdbi jdbi, java.util.Collection<String> listed) {
        this.jdbi = jdbi;
        this.listed = Set.copyOf(listed);
    }

    /** The admins named by {@code ADMIN_IDS}: comma-separated "channel:chatId", in that order. */
    public static java.util.List<String> listed(String adminIds) {
        if (adminIds == null || adminIds.isBlank()) return java.util.List.of();
        return java.util.Arrays.stream(adminIds.strip().split("\\s*,\\s*")).filter(id -> !id.isEmpty()).distinct().toList();
    }

    public boolean isAdmin(String adminId) {
        return listed.contains(adminId) || jdbi.withHandle(h -> h.createQuery("select count(*) from admins where admin_id = :id")
                .bind("id", adminId).mapTo(Integer.class).one()) > 0;
    }

    /** An admin and who made them one: "ADMIN_IDS" for those the server names, else the admin who added them. */
    public record Admin(String id, String addedBy) {}

    /** Every admin: those ADMIN_IDS names first, then those added in the console, oldest first. */
    public java.util.List<Admin> admins() {
        java.util.List<Admin> all = new java.util.ArrayList<>(listed.stream().map(id -> new Admin(id, "ADMIN_IDS")).toList());
        jdbi.useHandle(h -> h.createQuery("select admin_id, added_by from admins order by added_at")
                .map((rs, ctx) -> new Admin(rs.getString(1), rs.getString(2))).forEach(a -> {
                    if (!listed.contains(a.id())) all.add(a);
                }));
        return all;
    }

    /** The form of an admin's id: a channel the bot runs on, a colon, the user's id there. */
    private static final java.util.regex.Pattern ADMIN_ID = java.util.regex.Pattern.compile("(telegram|aitu):[A-Za-z0-9_-]{1,64}");

    /** Makes {@code adminId} an admin, added by {@code by}; false when the id is not of the form "telegram:123". */
    public boolean add(String adminId, String by) {
        if (adminId == null || !ADMIN_ID.matcher(adminId.strip()).matches()) return false;
        jdbi.useHandle(h -> h.createUpdate("insert into admins (admin_id, added_by) values (:id, :by) on conflict do nothing")
                .bind("id", adminId.strip()).bind("by", by).execute());
        return true;
    }

    /**
     * Takes away the rights an admin was given in the console, and their sessions and links; those ADMIN_IDS names
     * stay (the server's settings are not the console's to change).
     */
    public void remove(String adminId) {
        if (listed.contains(adminId)) return;
        jdbi.useTransaction(h -> {
            for (String table : java.util.List.of("admins", "admin_sessions", "admin_links")) {
                h.createUpdate("delete from " + table + " where admin_id = :id").bind("id", adminId).execute();
            }
        });
    }

    /** A new one-time sign-in token for {@code adminId}, or empty when that user is no admin. */
    public Optional<String> link(String adminId) {
        if (!isAdmin(adminId)) return Optional.empty();
        String token = WebServer.freshSecret();
        jdbi.useHandle(h -> h.createUpdate("""
                insert into admin_links (token_hash, admin_id, expires_at) values (:hash, :admin, now() + make_interval(secs => :secs))""")
                .bind("hash", hash(token)).bind("admin", adminId).bind("secs", LINK_VALID.toSeconds()).execute());
        return Optional.of(token);
    }

    /** Spends a link: a session when the token is known, unused, not expired and its admin still one; else empty. */
    public Optional<Session> redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 100) return Optional.empty();
        Optional<String> admin = jdbi.withHandle(h -> h.createQuery("""
                update admin_links set used_at = now()
                where token_hash = :hash and used_at is null and expires_at > now()
                returning admin_id""").bind("hash", hash(token)).mapTo(String.class).findOne());
        if (admin.isEmpty() || !isAdmin(admin.get())) return Optional.empty();
        String id = WebServer.freshSecret();
        String csrf = WebServer.freshSecret();
        jdbi.useHandle(h -> h.createUpdate("""
                insert into admin_sessions (session_hash, admin_id, csrf, expires_at)
                values (:hash, :admin, :csrf, now() + make_interval(secs => :secs))""")
                .bind("hash", hash(id)).bind("admin", admin.get()).bind("csrf", csrf).bind("secs", SESSION_VALID.toSeconds()).execute());
        return Optional.of(new Session(id, admin.get(), csrf, Lang.RU));
    }

    /** The live session of a cookie's id, if its admin is still one. */
    public Optional<Session> session(String id) {
        if (id == null || id.isBlank() || id.length() > 100) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("""
                select admin_id, csrf, lang from admin_sessions where session_hash = :hash and expires_at > now()""")
                .bind("hash", hash(id))
                .map((rs, ctx) -> new Session(id, rs.getString("admin_id"), rs.getString("csrf"),
                        Lang.fromCode(rs.getString("lang")).orElse(Lang.RU)))
                .findOne())
                .filter(s -> isAdmin(s.adminId()));
    }

    public void setLang(Session s, Lang lang) {
        jdbi.useHandle(h -> h.createUpdate("update admin_sessions set lang = :lang where session_hash = :hash")
                .bind("lang", lang.code()).bind("hash", hash(s.id())).execute());
    }

    public void signOut(Session s) {
        jdbi.useHandle(h -> h.createUpdate("delete from admin_sessions where session_hash = :hash").bind("hash", hash(s.id())).execute());
    }

    /** Compares a form's token with the session's in constant time. */
    public static boolean csrfMatches(Session s, String presented) {
        return presented != null && MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
