-- Signed webhooks for partners (Standard Webhooks): each partner's signing secret, and one delivery row per event and
-- partner, written in the transaction of the fact and worked off by the delivery worker.

-- whsec_ + base64 of 32 random bytes; existing partners get one here (two v4 UUIDs: 244 random bits), rotatable later.
alter table partner add column webhook_secret text;
update partner set webhook_secret = 'whsec_' || encode(decode(replace(gen_random_uuid()::text, '-', '')
        || replace(gen_random_uuid()::text, '-', ''), 'hex'), 'base64');
alter table partner alter column webhook_secret set not null;

create table webhook_delivery (
    id               uuid primary key,               -- the webhook-id header: stable across retries
    seq              bigserial   not null unique,    -- enqueue order: a partner's events of a product go out in it
    partner_id       uuid        not null references partner (id),
    event_type       varchar(40) not null,
    product_id       uuid        not null references product (id),
    payload          text        not null,           -- the exact JSON body that is signed and sent
    state            varchar(10) not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int         not null default 0,
    next_attempt_at  timestamptz,
    last_status      int,
    last_error       text,
    created_at       timestamptz not null,
    delivered_at     timestamptz
);
-- the worker's due work, and the head of each (partner, product) chain
create index webhook_delivery_pending_idx on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_chain_idx on webhook_delivery (partner_id, product_id, seq) where state = 'PENDING';
-- the delivery log, newest first
create index webhook_delivery_partner_idx on webhook_delivery (partner_id, created_at desc);
