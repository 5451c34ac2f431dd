-- Incremental chain verification: the last link of each lot's chain found intact, so that a public /verify call
-- recomputes only the events recorded after it. Kept apart from the lot row, whose version guards chain appends.
create table lot_verification (
    lot_id      uuid primary key references lot (id),
    seq         integer     not null check (seq > 0),
    hash        varchar(64) not null,
    verified_at timestamptz not null
);
