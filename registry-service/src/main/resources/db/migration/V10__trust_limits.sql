-- Trust boundaries (issue 14): an import job's workbook is deleted when the job ends (the column becomes nullable),
-- and finished jobs are purged after a retention period (found by finish time).
alter table import_job alter column content drop not null;
create index import_job_finished_idx on import_job (finished_at) where finished_at is not null;
