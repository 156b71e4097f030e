-- What the chat API answered to a message with a messageId, so that a caller whose response was lost
-- gets the same replies when it retries (the dialog itself yields nothing for a repeated delivery).
-- It lives exactly as long as the delivery's record: the retention purge of processed_deliveries takes it
-- along, and /forget takes it with the user.
create table http_replies (
    channel     text  not null,
    chat_id     text  not null,
    delivery_id text  not null,
    replies     jsonb not null,
    primary key (channel, delivery_id),
    foreign key (channel, delivery_id) references processed_deliveries on delete cascade,
    foreign key (channel, chat_id) references users on delete cascade
);
create index http_replies_user on http_replies (channel, chat_id);
