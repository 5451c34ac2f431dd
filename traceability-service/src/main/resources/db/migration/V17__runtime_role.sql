-- Migrations run as the owner role (quarkus.flyway.username), the service as a runtime role with DML only
-- (quarkus.datasource.username): it reads and writes rows and draws sequence values
-- (COPY FROM STDIN needs only INSERT; temporary tables and advisory locks need no grant), but does not own a table, so
-- it can neither alter, disable a trigger on, truncate nor drop one. Tables and sequences created by later migrations
-- get the same grants by default. Where one role does both (a developer database), nothing is granted.
do $$
declare
    runtime constant text := '${runtime_role}';
begin
    if runtime = '' or runtime = current_user then
        raise notice 'migrations and the service share the role %: no runtime grants', runtime;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = runtime) then
        raise exception 'the runtime role % does not exist: create it (LOGIN, no other attribute) before migrating',
            runtime;
    end if;
    execute format('grant usage on schema public to %I', runtime);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', runtime);
    execute format('grant usage, select on all sequences in schema public to %I', runtime);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                   runtime);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', runtime);
    execute format('revoke all on table %I from %I', '${flyway:table}', runtime);
end;
$$;
