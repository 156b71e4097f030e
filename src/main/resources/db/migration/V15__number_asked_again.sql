-- An appeal written in the bot and not yet reported as submitted is asked about once more, a day later.
alter table tracked_appeals add column number_asked boolean not null default false;
