-- Questions the FAQ could not answer: what admins read to see what the corpus lacks.
create table unanswered_questions (
    id       bigserial   primary key,
    channel  text        not null,
    chat_id  text        not null,
    lang     text        not null,
    question text        not null,
    asked_at timestamptz not null default now(),
    foreign key (channel, chat_id) references users on delete cascade
);
create index unanswered_questions_asked_at on unanswered_questions (asked_at);
