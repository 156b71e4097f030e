-- Events that failed for a reason of their own (a bug, not the database away) after every attempt: kept for admins
-- ("otinish usage") so that they are fixed, while the chat goes on. Who sent them and what they said is not kept.
create table parked_events (
    id        bigserial   primary key,
    parked_at timestamptz not null default now(),
    channel   text        not null,
    kind      text        not null,
    reason    text        not null
);
