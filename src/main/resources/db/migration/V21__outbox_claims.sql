-- Several bot processes on one database (webhooks behind a load balancer) all look at the outbox: the process that
-- sends a chat's replies claims them for a while (renewed as it goes), so no other sends them too, or out of order.
-- A claim left by a process that died runs out, and another process takes the rows over.
alter table outbox add column claimed_by text, add column claimed_until timestamptz;
