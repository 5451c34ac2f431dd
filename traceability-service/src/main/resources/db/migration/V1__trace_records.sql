-- Trace records projected from registry events, and the log that makes their intake idempotent.

create table producer (
    id            uuid primary key,
    name          varchar(300) not null,
    type          varchar(10),
    tax_code      varchar(32),
    commune_code  varchar(10),
    commune_name  varchar(200),
    province_code varchar(10),
    province_name varchar(200),
    address       varchar(500),
    workers       integer,
    version       bigint       not null,
    updated_at    timestamptz  not null
);

create table product (
    id          uuid primary key,
    producer_id uuid         not null references producer (id),
    name        varchar(300) not null,
    group_code  varchar(32),
    group_name  varchar(200),
    gtin        varchar(14),
    description text,
    version     bigint       not null,
    updated_at  timestamptz  not null
);

create index product_producer_idx on product (producer_id);
-- not unique: GTIN moves between products may arrive out of order (different keys, different partitions)
create index product_gtin_idx on product (gtin);

create table certificate (
    id                uuid primary key,
    -- no foreign key: a certificate may be seen before its product
    product_id        uuid         not null,
    number            varchar(64)  not null,
    stars             integer      not null,
    issuing_authority varchar(300),
    decision_date     date         not null,
    valid_until       date         not null,
    registry_status   varchar(20),
    revoked_at        timestamptz,
    revocation_reason text,
    previous_stars    integer,
    updated_at        timestamptz  not null
);

create index certificate_product_idx on certificate (product_id, decision_date desc);

create table processed_event (
    event_id     varchar(200) primary key,
    type         varchar(200) not null,
    processed_at timestamptz  not null
);
