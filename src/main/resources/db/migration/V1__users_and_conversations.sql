-- Everyone who has talked to the bot, per channel. Deleting a user (/forget) cascades to all they left.
create table users (
    channel    text        not null,
    chat_id    text        not null,
    lang       text        check (lang in ('kk', 'ru')),
    first_seen timestamptz not null default now(),
    last_seen  timestamptz not null default now(),
    primary key (channel, chat_id)
);

-- Where each chat is in the dialog: the current flow and that flow's small state, so a restart resumes it.
create table conversations (
    channel    text        not null,
    chat_id    text        not null,
    flow       text        not null,
    state      jsonb       not null default '{}',
    updated_at timestamptz not null default now(),
    primary key (channel, chat_id),
    foreign key (channel, chat_id) references users on delete cascade
);

-- What happened, for admins and for the user's own history. Never holds personal data in `detail`.
create table audit (
    id      bigserial   primary key,
    channel text        not null,
    chat_id text        not null,
    at      timestamptz not null default now(),
    action  text        not null,
    detail  text,
    foreign key (channel, chat_id) references users on delete cascade
);
create index audit_at on audit (at);
