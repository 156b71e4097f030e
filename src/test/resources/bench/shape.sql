-- pgbench script: the transaction shape the bot's updates are compared with (BEGIN; SELECT; 2 INSERTs; COMMIT).
-- Needs: create table bench_reference (id bigserial primary key, chat text, at timestamptz default now());
\set c random(1, 256)
BEGIN;
SELECT count(*) FROM users WHERE channel = 'bench' AND chat_id = :c::text;
INSERT INTO bench_reference (chat) VALUES (:c::text);
INSERT INTO bench_reference (chat) VALUES (:c::text);
COMMIT;
