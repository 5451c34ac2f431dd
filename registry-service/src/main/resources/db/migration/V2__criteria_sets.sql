-- Versioned criteria sets of Decision 148/QĐ-TTg, one version line per product group. The validated structure
-- (parts A/B/C → sections → criteria → options) is stored as canonical JSON; a published version never changes.
create table criteria_set (
    id            uuid primary key,
    group_code    varchar(32) not null references product_group (code),
    version       int         not null check (version >= 1),
    title         text        not null,
    max_points    int         not null check (max_points > 0),
    parts         jsonb       not null,
    checksum      varchar(64) not null,
    published_at  timestamptz not null,
    published_by  text        not null,
    unique (group_code, version)
);

create function criteria_set_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'criteria set % version % is published and cannot change', old.group_code, old.version;
end;
$$;

create trigger criteria_set_no_change before update or delete on criteria_set
    for each row execute function criteria_set_immutable();
