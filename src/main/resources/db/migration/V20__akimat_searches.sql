-- How often the akimat finder was asked, per day (Kazakhstan's) and language, and whether the place was found.
-- No chat is named, so nothing here is about a person.
create table akimat_searches (
    day   date    not null,
    lang  text    not null,
    found boolean not null,
    times integer not null,
    primary key (day, lang, found)
);
