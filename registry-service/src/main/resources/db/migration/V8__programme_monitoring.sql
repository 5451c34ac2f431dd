-- Programme monitoring: the indicator set (data: a new indicator is a row here plus its formula in IndicatorCodes),
-- provincial targets per period, yearly revenue reports per product, value-chain linkage (declared contracts and lots
-- the traceability service reports as linked) and the processed-message log of that consumer.
create table indicator_definition (
    code        varchar(64) primary key,
    name        text        not null,
    name_en     text        not null,
    unit        varchar(16) not null,
    sort_order  int         not null
);

insert into indicator_definition (code, name, name_en, unit, sort_order) values
    ('products_3star_plus',       'Sản phẩm đạt 3 sao trở lên', 'Products rated 3★ or more', 'count', 1),
    ('rural_jobs',                'Việc làm nông thôn', 'Rural jobs', 'count', 2),
    ('value_growth_pct',          'Tăng giá trị sản phẩm sau chứng nhận (trung vị, %)', 'Product value growth after certification (median, %)', 'percent', 3),
    ('new_organisations',         'Chủ thể là tổ chức mới (DN, HTX, THT)', 'New organisations (DN, HTX, THT)', 'count', 4),
    ('value_chain_linkage_pct',   'Tỷ lệ sản phẩm liên kết chuỗi giá trị (%)', 'Products linked in value chains (%)', 'percent', 5),
    ('sales_points_per_commune',  'Điểm giới thiệu và bán sản phẩm trên mỗi xã', 'Promotion and sales points per commune', 'ratio', 6),
    ('sales_points',              'Điểm giới thiệu và bán sản phẩm', 'Promotion and sales points', 'count', 7),
    ('communes_with_product_pct', 'Tỷ lệ xã có sản phẩm tham gia Chương trình (%)', 'Communes with a product in the programme (%)', 'percent', 8);

create table programme_target (
    id              uuid primary key,
    province_code   varchar(2)     not null references province (code),
    period_start    date           not null,
    period_end      date           not null,
    indicator_code  varchar(64)    not null references indicator_definition (code),
    comparator      varchar(4)     not null check (comparator in ('GTE', 'GT')),
    target_value    numeric(20, 4) not null,
    note            text,
    version         bigint         not null,
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    check (period_end >= period_start),
    unique (province_code, period_start, period_end, indicator_code)
);

create table revenue_report (
    id           uuid primary key,
    product_id   uuid        not null references product (id),
    year         int         not null check (year between 1990 and 2200),
    revenue_vnd  bigint      not null check (revenue_vnd >= 0),
    note         text,
    reported_by  text        not null,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    unique (product_id, year)
);

create table linkage_contract (
    id            uuid primary key,
    product_id    uuid        not null references product (id),
    partner_name  text        not null,
    role          varchar(32) not null check (role in ('RAW_MATERIAL_SUPPLIER', 'BUYER', 'DISTRIBUTOR')),
    valid_from    date        not null,
    valid_to      date,
    version       bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    check (valid_to is null or valid_to >= valid_from)
);
create index linkage_contract_product_idx on linkage_contract (product_id);

-- A lot whose value chain has events of at least two parties (traceability's value-chain.linked event).
create table value_chain_link (
    product_id  uuid        not null references product (id),
    lot_id      uuid        not null,
    lot_code    text,
    parties     text        not null,
    linked_at   timestamptz not null,
    event_id    text        not null,
    primary key (product_id, lot_id)
);

-- Traceability events applied once: the id is inserted in the transaction of the effect.
create table processed_message (
    event_id      text primary key,
    type          text        not null,
    processed_at  timestamptz not null
);

-- Aggregations of the indicators.
create index certificate_product_decision_idx on certificate (product_id, decision_date desc, created_at desc);
create index producer_created_idx on producer (created_at);
