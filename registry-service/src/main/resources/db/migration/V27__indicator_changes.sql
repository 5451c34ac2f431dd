-- Which transactions changed what the programme indicators are computed from, so that a computed result can be kept
-- and reused until one of them commits (the indicators are "refreshed on change", lazily, on every instance alike).
--
-- Every statement that writes one of the tables below notes its transaction id here, once per transaction (the primary
-- key and "on conflict do nothing"; different transactions never wait on each other). A result computed after taking
-- the snapshot S stays valid while no noted transaction is invisible to S: none committed after S was taken.
create table indicator_change (
    xid      xid8        primary key,
    noted_at timestamptz not null default clock_timestamp()
);

-- Notes older than an hour are pruned; the newest pruned id is kept here, and a result whose snapshot does not see
-- every transaction up to it is no longer trusted (it could have missed a pruned note).
create table indicator_change_horizon (
    id      boolean primary key default true check (id),
    horizon xid8    not null
);
insert into indicator_change_horizon (horizon) values ('0');

create function note_indicator_change() returns trigger language plpgsql as $$
begin
    insert into indicator_change (xid) values (pg_current_xact_id()) on conflict do nothing;
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['province', 'commune', 'product_group', 'producer', 'product', 'certificate',
                             'value_chain_link', 'linkage_contract', 'sales_point', 'revenue_report'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function note_indicator_change()', t || '_indicator_change', t);
    end loop;
end
$$;
