-- The certification workflow: dossiers and their state changes, attachments, councils and their members, scoring
-- rounds with attendance and each member's scores, and the append-only audit trail.

create table dossier (
    id                 uuid primary key,
    product_id         uuid        not null references product (id),
    producer_id        uuid        not null references producer (id),
    commune_code       varchar(5)  not null references commune (code),
    province_code      varchar(2)  not null references province (code),
    kind               varchar(16) not null check (kind in ('NEW', 'RENEWAL')),
    state              varchar(24) not null check (state in ('DRAFT', 'SUBMITTED', 'COMMUNE_REVIEW', 'COUNCIL_REVIEW',
                                                             'MINISTRY_REVIEW', 'RANKED', 'REJECTED')),
    criteria_group     varchar(32) not null references product_group (code),
    criteria_version   int,
    self_assessment    jsonb,
    self_score         int,
    samples_received_on date,
    return_reason      text,
    provincial_score   numeric(5, 2),
    final_score        numeric(5, 2),
    final_stars        smallint check (final_stars between 1 and 5),
    decision_reason    text,
    certificate_id     uuid references certificate (id),
    submitted_at       timestamptz,
    decided_at         timestamptz,
    created_by         text        not null,
    version            bigint      not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index dossier_producer_idx on dossier (producer_id);
create index dossier_commune_idx on dossier (commune_code, state);
create index dossier_province_idx on dossier (province_code, state);
-- At most one dossier in progress per product.
create unique index dossier_open_per_product on dossier (product_id) where state not in ('RANKED', 'REJECTED');

create table dossier_transition (
    id          bigserial primary key,
    dossier_id  uuid        not null references dossier (id),
    from_state  varchar(24),
    to_state    varchar(24) not null,
    actor       text        not null,
    reason      text,
    at          timestamptz not null
);
create index dossier_transition_dossier_idx on dossier_transition (dossier_id, id);

create table dossier_attachment (
    id           uuid primary key,
    dossier_id   uuid         not null references dossier (id),
    kind         varchar(32)  not null,
    file_name    text         not null,
    media_type   varchar(64)  not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_by  text         not null,
    uploaded_at  timestamptz  not null
);
create index dossier_attachment_dossier_idx on dossier_attachment (dossier_id);

create table council (
    id             uuid primary key,
    level          varchar(16) not null check (level in ('PROVINCIAL', 'NATIONAL')),
    province_code  varchar(2) references province (code),
    name           text        not null,
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    check ((level = 'PROVINCIAL') = (province_code is not null))
);

create table council_member (
    id          uuid primary key,
    council_id  uuid        not null references council (id),
    subject     text        not null,
    full_name   text        not null,
    chair       boolean     not null,
    unique (council_id, subject)
);
create unique index council_one_chair on council_member (council_id) where chair;

-- A member's declared relation to a producer: the member recuses from every round on that producer's dossiers.
create table council_conflict (
    id           uuid primary key,
    member_id    uuid        not null references council_member (id),
    producer_id  uuid        not null references producer (id),
    reason       text        not null,
    declared_by  text        not null,
    declared_at  timestamptz not null,
    unique (member_id, producer_id)
);

create table scoring_round (
    id             uuid primary key,
    dossier_id     uuid        not null references dossier (id),
    council_id     uuid        not null references council (id),
    level          varchar(16) not null,
    round_no       int         not null,
    state          varchar(16) not null check (state in ('OPEN', 'ACCEPTED', 'REJECTED')),
    mean_score     numeric(5, 2),
    band_stars     smallint,
    stars          smallint,
    capped_by      text,
    outcome        text,
    opened_by      text        not null,
    opened_at      timestamptz not null,
    closed_at      timestamptz,
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    unique (dossier_id, level, round_no)
);
-- At most one open round per dossier.
create unique index scoring_round_open on scoring_round (dossier_id) where state = 'OPEN';

create table round_seat (
    id         uuid primary key,
    round_id   uuid    not null references scoring_round (id),
    member_id  uuid    not null references council_member (id),
    present    boolean not null,
    recused    boolean not null,
    recusal_reason text,
    unique (round_id, member_id)
);

create table member_score (
    id            uuid primary key,
    round_id      uuid        not null references scoring_round (id),
    member_id     uuid        not null references council_member (id),
    selections    jsonb       not null,
    part_a        int         not null,
    part_b        int         not null,
    part_c        int         not null,
    total         int         not null,
    failed_mandatory jsonb    not null,
    scored_at     timestamptz not null,
    unique (round_id, member_id)
);

-- Append-only audit trail of dossier, scoring, council and certificate changes.
create table audit_entry (
    id             bigserial primary key,
    entity_type    varchar(32) not null,
    entity_id      uuid        not null,
    action         varchar(64) not null,
    actor          text        not null,
    province_code  varchar(2),
    at             timestamptz not null,
    before         jsonb,
    after          jsonb
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, id);
create index audit_entry_province_idx on audit_entry (province_code, id);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end;
$$;

create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
