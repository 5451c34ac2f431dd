-- Value-chain write rights: a lot belongs to its producer; another organisation (processor, distributor, retailer)
-- records events on it only while the producer's grant on the lot, or on its product, is in force.
create table party_grant (
    id                uuid primary key,
    product_id        uuid         not null references product (id),
    -- null: the grant covers every lot of the product
    lot_id            uuid references lot (id),
    -- the organisation_id claim of the party's tokens
    organisation_id   varchar(100) not null,
    organisation_name varchar(200) not null,
    chain_role        varchar(20)  not null check (chain_role in ('PROCESSOR', 'DISTRIBUTOR', 'RETAILER')),
    granted_by        varchar(200) not null,
    granted_at        timestamptz  not null,
    revoked_by        varchar(200),
    revoked_at        timestamptz
);

-- one grant in force per organisation and lot (or product)
create unique index party_grant_in_force_idx on party_grant
    (product_id, coalesce(lot_id, '00000000-0000-0000-0000-000000000000'::uuid), organisation_id)
    where revoked_at is null;
create index party_grant_lot_idx on party_grant (lot_id);

-- Linkage now counts only the producer and the parties it granted, under new party keys: lots not linked yet start
-- again from their next recorder.
update lot set first_party = null where linked_at is null;
