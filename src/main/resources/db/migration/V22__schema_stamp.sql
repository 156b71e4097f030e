-- The versions of the bot's code that found the schema up to date, so that the same code skips Flyway's check at
-- its next start (most of a restart's database time); a new version checks, migrates and stamps again.
create table schema_stamp (
    code_version text primary key,
    checked_at timestamptz not null default now()
);
