-- Replies the dialog produced but the messenger has not yet accepted. They commit in the same transaction
-- as the event that caused them, and a row goes away only once the messenger took it, so a crash or an
-- outage between "handled" and "sent" loses nothing: the rows are sent when the channel runs again.
-- No foreign key to users: the reply confirming /forget must survive the cascade that deletes the user.
create table outbox (
    id         bigserial   primary key,
    channel    text        not null,
    chat_id    text        not null,
    reply      jsonb       not null,
    created_at timestamptz not null default now()
);
create index outbox_chat on outbox (channel, chat_id, id);
