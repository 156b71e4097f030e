-- 👍 / 👎 under every FAQ answer: how each entry serves people, and, for a 👎, the question it answered (masked as
-- unanswered questions are), so that admins see where an entry falls short. Deleted with the user.
create table answer_feedback (
    id       bigserial   primary key,
    channel  text        not null,
    chat_id  text        not null,
    at       timestamptz not null default now(),
    entry_id text        not null,
    lang     text        not null,
    vote     smallint    not null check (vote in (-1, 1)),
    question text,
    foreign key (channel, chat_id) references users on delete cascade
);
create index answer_feedback_at on answer_feedback (at);
