-- Every update a channel delivered, recorded in the same transaction as the state change it caused:
-- a redelivered update (retry, crash before the offset was confirmed) is recognised and not handled twice.
create table processed_deliveries (
    channel      text        not null,
    delivery_id  text        not null,
    processed_at timestamptz not null default now(),
    primary key (channel, delivery_id)
);
create index processed_deliveries_at on processed_deliveries (processed_at);
