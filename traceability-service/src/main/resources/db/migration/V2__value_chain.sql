-- Value chain: growing areas of producers, lots of products and the EPCIS events recorded on each lot.
-- Shared by the capture side (lots, EPCIS capture/query/export, hash chain) and the scan side (resolver, scan page).

create table growing_area (
    id            uuid primary key,
    producer_id   uuid           not null references producer (id),
    name          varchar(300)   not null,
    commune_code  varchar(10)    not null,
    commune_name  varchar(200),
    province_code varchar(10),
    province_name varchar(200),
    latitude      numeric(9, 6),
    longitude     numeric(9, 6),
    -- GeoJSON Polygon (WGS 84) of the area's boundary, when surveyed
    boundary      jsonb,
    area_hectares numeric(12, 4),
    -- what grows or is raised there (crop or animal), e.g. "Ngựa bạch", "Chè Trung du"
    subject       varchar(200)   not null,
    subject_kind  varchar(10)    not null check (subject_kind in ('CROP', 'ANIMAL')),
    created_by    varchar(200)   not null,
    created_at    timestamptz    not null,
    version       bigint         not null
);

create index growing_area_producer_idx on growing_area (producer_id);

create table lot (
    id              uuid primary key,
    product_id      uuid           not null references product (id),
    -- GS1 AI (10): up to 20 characters of the GS1 AI encodable character set 82
    lot_code        varchar(20)    not null,
    production_date date           not null,
    expiry_date     date,
    quantity        numeric(14, 3) not null check (quantity > 0),
    unit            varchar(20)    not null,
    growing_area_id uuid references growing_area (id),
    created_by      varchar(200)   not null,
    created_at      timestamptz    not null,
    -- head of the lot's hash chain: the hash of its newest event (null before the first event)
    head_hash       varchar(64),
    event_count     integer        not null default 0,
    version         bigint         not null,
    unique (product_id, lot_code)
);

create table epcis_event (
    id                     uuid primary key,
    lot_id                 uuid          not null references lot (id),
    -- position in the lot's hash chain, from 1
    seq                    integer       not null,
    -- EPCIS eventID: ni:///sha-256;{hex}?ver=CBV2.0
    event_id               varchar(120)  not null unique,
    event_type             varchar(40)   not null,
    event_time             timestamptz   not null,
    event_time_zone_offset varchar(6)    not null,
    biz_step               varchar(200),
    disposition            varchar(200),
    read_point             varchar(300),
    biz_location           varchar(300),
    -- who recorded it: JWT subject or partner name
    recorded_by            varchar(200)  not null,
    recorded_at            timestamptz   not null,
    capture_id             uuid,
    -- the EPCIS 2.0 JSON-LD event as emitted (without the document envelope)
    body                   jsonb         not null,
    previous_hash          varchar(64),
    hash                   varchar(64)   not null,
    unique (lot_id, seq)
);

create index epcis_event_lot_time_idx on epcis_event (lot_id, event_time);
