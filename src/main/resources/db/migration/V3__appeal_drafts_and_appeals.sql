-- The appeal a user is writing: one per user, resumed on return, purged when untouched for long
-- (30 days by default). Answers are keyed by the steps of bot/appeal-form.yaml; files hold only the
-- metadata of what was sent (name, type, size). `pending` is an over-long text awaiting "cut it".
create table appeal_drafts (
    channel    text        not null,
    chat_id    text        not null,
    step       text        not null,
    answers    jsonb       not null default '{}',
    files      jsonb       not null default '[]',
    reviewing  boolean     not null default false,
    pending    text,
    updated_at timestamptz not null default now(),
    primary key (channel, chat_id),
    foreign key (channel, chat_id) references users on delete cascade
);
create index appeal_drafts_updated_at on appeal_drafts (updated_at);

-- Confirmed appeals, for "My appeals": the answers as confirmed and the language and date they were
-- written in, so the same document can be made again.
create table appeals (
    id         bigserial   primary key,
    channel    text        not null,
    chat_id    text        not null,
    lang       text        not null check (lang in ('kk', 'ru')),
    filed_on   date        not null,
    answers    jsonb       not null,
    files      jsonb       not null default '[]',
    created_at timestamptz not null default now(),
    foreign key (channel, chat_id) references users on delete cascade
);
create index appeals_by_chat on appeals (channel, chat_id, id);
