-- Certificate lifecycle: numbers the system issues per province and year, the dossier a certificate was decided on,
-- the expiry reminder, the recorded expiry and the renewal chain.
alter table certificate
    add column province_code    varchar(2) references province (code),
    add column issue_year       int,
    add column sequence         int check (sequence > 0),
    add column dossier_id       uuid,           -- no foreign key: the dossier table comes later
    add column reminder_sent_at timestamptz,
    add column expired_at       timestamptz,
    add column superseded_by    uuid references certificate (id),
    add check (superseded_by is null or superseded_by <> id);

-- Certificates recorded so far belong to their producer's province and their decision year; they keep their own
-- numbers and have no sequence.
update certificate c
   set province_code = m.province_code,
       issue_year = extract(year from c.decision_date)::int
  from product p
  join producer r on r.id = p.producer_id
  join commune m on m.code = r.commune_code
 where p.id = c.product_id;

alter table certificate
    alter column province_code set not null,
    alter column issue_year set not null;

-- OCOP-{province}-{year}-{sequence}: the sequence is unique per province and year among system-issued certificates.
create unique index certificate_sequence_uq on certificate (province_code, issue_year, sequence)
    where sequence is not null;

-- Certificates still open (neither revoked, expired nor superseded), by the day they lapse: the expiry job's scan.
create index certificate_open_idx on certificate (valid_until)
    where revoked_at is null and expired_at is null and superseded_by is null;

-- Last sequence handed out per province and year. Taken with
--   insert ... on conflict (province_code, issue_year) do update set last_sequence = last_sequence + 1 returning
-- so concurrent issues queue on the row lock and a rolled-back issue gives its number back.
create table certificate_number_counter (
    province_code varchar(2) not null references province (code),
    issue_year    int        not null,
    last_sequence int        not null check (last_sequence > 0),
    primary key (province_code, issue_year)
);
