-- EPCIS capture: capture jobs (GS1 REST binding), the once-per-lot value-chain linkage mark and the transactional
-- outbox of the traceability service's own CloudEvents.

-- set (under the lot row lock) when the lot's events first come from two distinct parties; the linkage event is
-- written to the outbox in that same transaction, so it is published once per lot
alter table lot add column linked_at timestamptz;

create index lot_product_idx on lot (product_id, created_at);

create table capture_job (
    id           uuid primary key,
    -- SUCCESS or FAILED (capture runs inside the request; RUNNING is never left behind)
    status       varchar(10)  not null check (status in ('RUNNING', 'SUCCESS', 'FAILED')),
    recorded_by  varchar(200) not null,
    event_count  integer      not null,
    -- [{"field": "/epcisBody/eventList/0/...", "message": "..."}] when failed
    errors       jsonb,
    created_at   timestamptz  not null,
    finished_at  timestamptz
);

create table outbox_event (
    seq           bigserial primary key,
    id            uuid         not null unique,
    -- Kafka key: the product id
    aggregate_key varchar(100) not null,
    type          varchar(200) not null,
    -- the whole CloudEvent as JSON
    payload       text         not null,
    created_at    timestamptz  not null,
    sent_at       timestamptz,
    attempts      integer      not null default 0,
    last_error    varchar(1000)
);

create index outbox_event_pending_idx on outbox_event (seq) where sent_at is null;
