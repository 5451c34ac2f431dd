-- Serialized units (GS1 AI 21) of lots, generated in batches, and the log of consumer scans that judges them.

create table serial_batch (
    id         uuid primary key,
    lot_id     uuid         not null references lot (id),
    product_id uuid         not null references product (id),
    count      integer      not null check (count > 0),
    created_by varchar(200) not null,
    created_at timestamptz  not null,
    -- target of the serials' one foreign key, which ties each unit to its batch, lot and product at once
    unique (id, lot_id, product_id)
);

create index serial_batch_lot_idx on serial_batch (lot_id, created_at);

-- One row per issued unit. The key is (product, serial): the URI /01/{gtin}/21/{serial} carries no lot, so a serial is
-- unique within its product. The scan counters live here so that a scan is one indexed UPDATE ... RETURNING.
create table serial (
    product_id        uuid         not null,
    serial            varchar(20)  not null,
    lot_id            uuid         not null,
    batch_id          uuid         not null,
    -- position within the lot, from 1, continuing across batches: the listing and printing order
    seq               integer      not null,
    scan_count        bigint       not null default 0,
    first_scanned_at  timestamptz,
    -- the most recent scan that came with a location (coarse, rounded to 0.1 degree)
    last_latitude     numeric(4, 1),
    last_longitude    numeric(4, 1),
    last_located_at   timestamptz,
    primary key (product_id, serial),
    -- one check per inserted row instead of three (batch, lot, product): bulk inserts of 100,000 stay fast
    foreign key (batch_id, lot_id, product_id) references serial_batch (id, lot_id, product_id)
);

-- listing and printing order: by lot (seq runs on across the lot's batches) and by batch
create index serial_lot_idx on serial (lot_id, seq);
create index serial_batch_idx on serial (batch_id, seq);

-- Every consumer scan of a serial URI, issued or not. No IP address and no personal data: a coarse location cell
-- (0.1 degree, about 11 km) and a SHA-256 of the user agent.
create table serial_scan (
    id                bigint generated always as identity primary key,
    product_id        uuid         not null,
    -- the serial as scanned (for an unknown serial: whatever the URI carried, cut to 40 characters)
    serial            varchar(40)  not null,
    -- the lot of the issued unit; for an unknown serial, the lot the URI named if that lot exists
    lot_id            uuid,
    -- the lot code as scanned (null for /01/{gtin}/21/{serial})
    lot_code          varchar(40),
    scanned_at        timestamptz  not null,
    latitude          numeric(4, 1),
    longitude         numeric(4, 1),
    user_agent_sha256 char(64),
    verdict           varchar(20)  not null
        check (verdict in ('AUTHENTIC', 'SCANNED_MANY_TIMES', 'SUSPICIOUS', 'UNKNOWN_SERIAL'))
);

create index serial_scan_product_time_idx on serial_scan (product_id, scanned_at);
create index serial_scan_lot_time_idx on serial_scan (lot_id, scanned_at);
