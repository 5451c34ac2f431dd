-- Accounts provisioned through the identity provider (Keycloak holds credentials and sessions; the registry keeps who
-- was appointed or linked to what, by whom, for scoped listing) and producer claims: an account asks to act for a
-- producer with evidence; the commune officer of the producer's commune approves or rejects it.
create table account (
    id              uuid primary key,            -- the identity provider's user id (the token's sub)
    username        text        not null unique,
    display_name    text,
    role            varchar(32),
    province_code   varchar(2) references province (code),
    commune_code    varchar(5) references commune (code),
    producer_id     uuid references producer (id),
    producer_role   varchar(8) check (producer_role in ('OWNER', 'STAFF')),
    organisation_id varchar(64),
    organisation_name text,
    enabled         boolean     not null default true,
    provisioned_by  text        not null,
    version         bigint      not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index account_province_idx on account (province_code);
create index account_commune_idx on account (commune_code);
create index account_producer_idx on account (producer_id);

create table producer_claim (
    id                  uuid primary key,
    producer_id         uuid        not null references producer (id),
    account_id          uuid        not null,
    username            text        not null,
    producer_role       varchar(8)  not null check (producer_role in ('OWNER', 'STAFF')),
    tax_code            text,
    registration_number text,
    note                text,
    status              varchar(10) not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by          text,
    decided_at          timestamptz,
    reason              text,
    version             bigint      not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index producer_claim_producer_idx on producer_claim (producer_id, status);
-- one open claim per account and producer
create unique index producer_claim_pending_idx on producer_claim (producer_id, account_id) where status = 'PENDING';
