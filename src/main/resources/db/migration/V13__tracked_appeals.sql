-- Appeals whose status the user follows: the ones written in the bot (appeal_id) and the ones filed elsewhere
-- (portal, paper, the Reception Centre). The status is the e-Otinish one the user (or a state body's operator)
-- reports; the due date is counted on Kazakhstan's working days from the registration date. Deleted with the user.
create table tracked_appeals (
    id            bigserial   primary key,
    channel       text        not null,
    chat_id       text        not null,
    appeal_id     bigint      unique references appeals (id) on delete cascade,
    number        text,
    registered_on date,
    addressee     text,
    subject       text,
    status        text        not null check (status in ('not_submitted', 'not_registered', 'registered',
                                  'in_progress', 'done', 'withdrawn', 'extended', 'forwarded')),
    due_on        date,
    reminders     boolean     not null default true,
    created_on    date        not null,
    foreign key (channel, chat_id) references users on delete cascade
);
create index tracked_appeals_by_chat on tracked_appeals (channel, chat_id);

-- Each status an appeal went through, for its history.
create table tracked_appeal_events (
    id          bigserial   primary key,
    tracked_id  bigint      not null references tracked_appeals on delete cascade,
    status      text        not null,
    on_date     date        not null,
    due_on      date,
    created_at  timestamptz not null default now()
);
create index tracked_appeal_events_by_appeal on tracked_appeal_events (tracked_id, id);
