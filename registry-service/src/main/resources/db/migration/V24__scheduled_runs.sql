-- When each daily job last finished (one row per job), so an alert can tell that today's run has not happened.
create table scheduled_run (
    name        varchar(60) primary key,
    finished_at timestamptz not null
);
