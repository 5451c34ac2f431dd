-- Promotion and sales points of OCOP products (điểm giới thiệu và bán sản phẩm OCOP) and trade fairs, with the
-- products each displays.
create table sales_point (
    id              uuid primary key,
    kind            varchar(8)  not null check (kind in ('POINT', 'FAIR')),
    name            text        not null,
    search_name     text        not null,
    commune_code    varchar(5)  not null references commune (code),
    address         text        not null,
    latitude        double precision check (latitude between -90 and 90),
    longitude       double precision check (longitude between -180 and 180),
    operator_name   text        not null,
    starts_on       date,
    ends_on         date,
    version         bigint      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (kind = 'POINT' or (starts_on is not null and ends_on is not null and ends_on >= starts_on))
);
create index sales_point_commune_idx on sales_point (commune_code);

create table sales_point_product (
    sales_point_id  uuid not null references sales_point (id) on delete cascade,
    product_id      uuid not null references product (id),
    primary key (sales_point_id, product_id)
);
create index sales_point_product_product_idx on sales_point_product (product_id);
