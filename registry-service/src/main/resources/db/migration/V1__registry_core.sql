-- Reference data: the 34 provinces and 3,321 communes in force since 2025-07-01 (loaded at start-up from the bundled
-- admin-units file), and the six product groups of Decision 148/QĐ-TTg.
create table province (
    code       varchar(2) primary key,
    name       text not null,
    name_en    text,
    full_name  text not null,
    code_name  text
);

create table commune (
    code          varchar(5) primary key,
    province_code varchar(2) not null references province (code),
    name          text not null,
    name_en       text,
    full_name     text not null,
    search_name   text not null
);
create index commune_province_idx on commune (province_code);

create table product_group (
    code        varchar(32) primary key,
    parent_code varchar(32) references product_group (code),
    name        text not null,
    name_en     text not null,
    sort_order  int  not null
);

insert into product_group (code, parent_code, name, name_en, sort_order) values
    ('FOOD',       null, 'Thực phẩm', 'Food', 1),
    ('BEVERAGE',   null, 'Đồ uống', 'Beverages', 2),
    ('HERBAL',     null, 'Dược liệu và sản phẩm từ dược liệu', 'Medicinal herbs and herbal products', 3),
    ('HANDICRAFT', null, 'Thủ công mỹ nghệ', 'Handicrafts and fine arts', 4),
    ('ORNAMENTAL', null, 'Sinh vật cảnh', 'Ornamental plants and animals', 5),
    ('TOURISM',    null, 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community, eco- and point tourism services', 6);

create table producer (
    id            uuid primary key,
    name          text        not null,
    search_name   text        not null,
    type          varchar(8)  not null check (type in ('DN', 'HTX', 'THT', 'HKD')),
    tax_code      varchar(20) unique,
    commune_code  varchar(5)  not null references commune (code),
    address       text        not null,
    contact_name  text,
    phone         varchar(32),
    email         varchar(254),
    workers       int         not null check (workers >= 0),
    version       bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index producer_commune_idx on producer (commune_code);

create table product (
    id           uuid primary key,
    producer_id  uuid        not null references producer (id),
    name         text        not null,
    search_name  text        not null,
    group_code   varchar(32) not null references product_group (code),
    gtin         varchar(14) unique,
    description  text,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index product_producer_idx on product (producer_id);
create index product_group_idx on product (group_code);

create table certificate (
    id                 uuid primary key,
    product_id         uuid        not null references product (id),
    number             varchar(64) not null unique,
    stars              smallint    not null check (stars between 1 and 5),
    issuing_authority  text        not null,
    decision_date      date        not null,
    valid_until        date        not null,
    revoked_at         timestamptz,
    revocation_reason  text,
    version            bigint      not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check (valid_until > decision_date)
);
create index certificate_product_idx on certificate (product_id);

-- Transactional outbox: each row is one CloudEvent, written in the transaction of the state change it describes.
create table outbox_event (
    seq            bigserial primary key,
    id             uuid        not null unique,
    aggregate_key  text        not null,
    type           text        not null,
    payload        text        not null,
    created_at     timestamptz not null default now(),
    sent_at        timestamptz,
    attempts       int         not null default 0,
    last_error     text
);
create index outbox_pending_idx on outbox_event (seq) where sent_at is null;
