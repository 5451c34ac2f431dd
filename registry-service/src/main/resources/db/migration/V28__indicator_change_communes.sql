-- Which communes each noted transaction changed (V27 notes only that it changed something), so that a kept indicator
-- result is brought up to date by recomputing just those communes and adding up again. Every indicator is a sum over
-- communes of values that depend only on the commune's own producers, products, certificates, links, contracts,
-- sales points and revenue reports, plus the reference tables.
--
-- '*' stands for every commune: a change to a reference table (province, commune, product group), a truncate, or a
-- changed row whose commune cannot be found any more (its product or producer deleted earlier in the transaction).
create table indicator_change_commune (
    xid          xid8       not null,
    commune_code varchar(5) not null,
    primary key (xid, commune_code)
);

-- TG_ARGV[0] says how a changed row leads to its commune: 'commune' (it has commune_code), 'producer' (producer_id),
-- 'product' (product_id), 'everywhere' (a reference table). Both the rows before and after an update count, so a
-- producer moving between communes changes both. The statements run only in the branch of their table's kind, so a
-- column is only named for tables that have it: the branches for the rows after and before a change look alike, but
-- one statement reading the rows as JSON for every table made the trigger twice as costly. A statement that changed
-- no row of a table bound to communes is not noted at all.
create function note_indicator_communes() returns trigger language plpgsql as $$
declare
    kind constant text := TG_ARGV[0];
    communes text[] := '{}';
begin
    if TG_OP = 'TRUNCATE' or kind = 'everywhere' then
        communes := array['*'];
    else
        if TG_OP in ('INSERT', 'UPDATE') then
            if kind = 'commune' then
                communes := communes || array(select n.commune_code::text from new_rows n);
            elsif kind = 'producer' then
                communes := communes || array(select r.commune_code::text from new_rows n
                                                left join producer r on r.id = n.producer_id);
            else
                communes := communes || array(select r.commune_code::text from new_rows n
                                                left join product p on p.id = n.product_id
                                                left join producer r on r.id = p.producer_id);
            end if;
        end if;
        if TG_OP in ('UPDATE', 'DELETE') then
            if kind = 'commune' then
                communes := communes || array(select o.commune_code::text from old_rows o);
            elsif kind = 'producer' then
                communes := communes || array(select r.commune_code::text from old_rows o
                                                left join producer r on r.id = o.producer_id);
            else
                communes := communes || array(select r.commune_code::text from old_rows o
                                                left join product p on p.id = o.product_id
                                                left join producer r on r.id = p.producer_id);
            end if;
        end if;
        if cardinality(communes) = 0 then
            return null;
        end if;
    end if;
    insert into indicator_change (xid) values (pg_current_xact_id()) on conflict do nothing;
    insert into indicator_change_commune (xid, commune_code)
    select distinct pg_current_xact_id(), coalesce(c, '*') from unnest(communes) c
    on conflict do nothing;
    return null;
end
$$;

-- The triggers of V27 give way to these: one per table and kind of statement (a transition table belongs to one
-- trigger), and one for truncate.
do $$
declare
    t    record;
begin
    for t in select * from (values ('province', 'everywhere'), ('commune', 'everywhere'),
                                   ('product_group', 'everywhere'), ('producer', 'commune'),
                                   ('sales_point', 'commune'), ('product', 'producer'), ('certificate', 'product'),
                                   ('value_chain_link', 'product'), ('linkage_contract', 'product'),
                                   ('revenue_report', 'product')) as x (name, kind) loop
        execute format('drop trigger %I on %I', t.name || '_indicator_change', t.name);
        execute format('create trigger %I after insert on %I referencing new table as new_rows '
                       'for each statement execute function note_indicator_communes(%L)',
                       t.name || '_indicator_insert', t.name, t.kind);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
                       'for each statement execute function note_indicator_communes(%L)',
                       t.name || '_indicator_update', t.name, t.kind);
        execute format('create trigger %I after delete on %I referencing old table as old_rows '
                       'for each statement execute function note_indicator_communes(%L)',
                       t.name || '_indicator_delete', t.name, t.kind);
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function note_indicator_communes(%L)',
                       t.name || '_indicator_truncate', t.name, t.kind);
    end loop;
end
$$;

drop function note_indicator_change();
