-- E-commerce partners with hashed API keys, and the catalog change log their incremental sync reads.
create table partner (
    id             uuid primary key,
    name           text        not null,
    contact_email  varchar(254) not null,
    provinces      varchar(2)[],
    webhook_url    text,
    requests_per_minute int check (requests_per_minute > 0),
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

create table partner_key (
    id          uuid primary key,
    partner_id  uuid        not null references partner (id),
    prefix      varchar(16) not null unique,
    hash        varchar(64) not null,
    created_at  timestamptz not null,
    expires_at  timestamptz,
    revoked_at  timestamptz
);
create index partner_key_partner_idx on partner_key (partner_id);

-- One row per change of a product's place in the catalog of certified products, in commit order of the writer's
-- transaction (seq is the sync cursor). REMOVED rows are tombstones with the reason.
create table catalog_change (
    seq            bigserial primary key,
    product_id     uuid        not null references product (id),
    province_code  varchar(2)  not null,
    kind           varchar(8)  not null check (kind in ('UPSERT', 'REMOVED')),
    reason         varchar(16) check (reason in ('REVOKED', 'EXPIRED', 'DOWNGRADED')),
    at             timestamptz not null
);
create index catalog_change_province_idx on catalog_change (province_code, seq);
