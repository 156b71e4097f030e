-- How often each FAQ topic was shown, per day and language: what admins watch to see what people need.
-- No chat is named, so nothing here is about a person.
create table topic_counts (
    entry_id text    not null,
    lang     text    not null,
    day      date    not null default current_date,
    times    integer not null,
    primary key (entry_id, lang, day)
);
