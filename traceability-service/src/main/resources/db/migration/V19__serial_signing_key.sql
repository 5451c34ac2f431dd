-- The key of signed serials (a keyed MAC in the serial's last characters, see SerialSignatures): one row, made here from
-- PostgreSQL's strong random source (gen_random_uuid draws from it; two give 244 random bits), read by every instance.
-- Whoever can read this table can make serials that verify; it is never sent anywhere.
create table serial_signing_key (
    id     smallint primary key check (id = 1),
    secret bytea not null check (length(secret) >= 32)
);

insert into serial_signing_key (id, secret) values (1, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
