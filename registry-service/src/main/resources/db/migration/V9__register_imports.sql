-- Bulk imports of legacy registers (producers, products, certificates from an XLSX workbook): the job with its
-- progress, and every problem found in a row. A job left QUEUED or RUNNING by a stopped service is marked INTERRUPTED at
-- the next start.
create table import_job (
    id             uuid primary key,
    mode           varchar(16) not null check (mode in ('ALL_OR_NOTHING', 'VALID_ROWS')),
    status         varchar(16) not null check (status in ('QUEUED', 'VALIDATING', 'WRITING', 'SUCCEEDED', 'REJECTED',
                                                          'FAILED', 'INTERRUPTED')),
    province_code  varchar(2) references province (code),
    commune_code   varchar(5) references commune (code),
    actor          text        not null,
    file_name      text,
    content        bytea       not null,
    rows_total     int         not null default 0,
    rows_validated int         not null default 0,
    rows_done      int         not null default 0,
    rows_written   int         not null default 0,
    rows_bad       int         not null default 0,
    error          text,
    created_at     timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz
);

create table import_issue (
    id           bigserial primary key,
    job_id       uuid        not null references import_job (id) on delete cascade,
    sheet        varchar(32) not null,
    row_number   int         not null,
    column_name  varchar(64),
    severity     varchar(8)  not null check (severity in ('ERROR', 'WARNING')),
    reason       text        not null,
    suggestion   text
);
create index import_issue_job_idx on import_issue (job_id, sheet, row_number);
