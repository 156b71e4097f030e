-- Which deadline reminders an appeal has had: two working days before its due date, and the day after it passed.
-- Set in the same transaction as the reminder's outbox row, so each goes out once, across restarts and instances.
alter table tracked_appeals add column reminded_before boolean not null default false;
alter table tracked_appeals add column reminded_late boolean not null default false;
