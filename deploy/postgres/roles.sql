-- The two login roles of a service database, created once by the image's init (as the superuser, before any
-- service starts): :owner runs the migrations and owns every table; :runtime is what the service connects as, with
-- only the DML the migrations grant it (V14 in registry-service, V17 in traceability-service).
create role :"owner" login password :'owner_password';
create role :"runtime" login password :'runtime_password';
alter database :"database" owner to :"owner";
revoke all on database :"database" from public;
grant connect, temporary on database :"database" to :"runtime";
revoke create on schema public from public;
