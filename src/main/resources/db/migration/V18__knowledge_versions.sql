-- The knowledge base as versions: every file of knowledge-base/ as it was, whole (so an export gives back the same
-- bytes). knowledge-base/ on disk is what a new database starts from; afterwards the published version is what every
-- bot instance serves. A version newer than the published one is a draft. The author is an admin ("telegram:123"),
-- "knowledge-base/" for the first import, or "kb import" for one from the command line.
create table kb_versions (
    id         bigserial   primary key,
    parent     bigint      references kb_versions,
    created_at timestamptz not null default now(),
    author     text        not null,
    note       text        not null,
    digest     text        not null,
    files      jsonb       not null
);

-- Exactly one row: the version in service.
create table kb_published (
    only_row     boolean     primary key default true check (only_row),
    version_id   bigint      not null references kb_versions,
    published_at timestamptz not null default now(),
    published_by text        not null
);

-- Who published or rolled back what, and when; what changed is computed from the versions.
create table kb_audit (
    id         bigserial   primary key,
    at         timestamptz not null default now(),
    admin      text        not null,
    action     text        not null check (action in ('publish', 'rollback')),
    version_id bigint      not null references kb_versions
);
