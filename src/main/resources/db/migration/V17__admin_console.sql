-- The admin console. An admin is a messenger user ("telegram:123"), listed in ADMIN_IDS or added here by another
-- admin. Sign-in is by one-time link (10 minutes); a session lives in an HttpOnly cookie. Only hashes of the link
-- tokens and session ids are kept, so a copy of the database signs nobody in. /forget removes an admin's rows.
create table admins (
    admin_id text        primary key,
    added_by text        not null,
    added_at timestamptz not null default now()
);

create table admin_links (
    token_hash bytea       primary key,
    admin_id   text        not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create table admin_sessions (
    session_hash bytea       primary key,
    admin_id     text        not null,
    csrf         text        not null,
    lang         text        not null default 'ru' check (lang in ('kk', 'ru')),
    expires_at   timestamptz not null
);
create index admin_sessions_admin on admin_sessions (admin_id);
