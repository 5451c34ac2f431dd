-- Images on the scan page: the product images the registry's events carry (ImageData list, URLs served by the
-- registry) and one photo per growing area, uploaded here (variants in this service's blob store under
-- media/{sha256}/{variant}.jpg). A photo replaced gets unused_since and is removed after ocop.media.unused-grace.
alter table product add column images jsonb;
alter table growing_area add column photo jsonb;

create table media_image (
    sha256       varchar(64) primary key,
    width        int         not null check (width > 0),
    height       int         not null check (height > 0),
    created_at   timestamptz not null,
    unused_since timestamptz
);
create index media_image_unused_idx on media_image (unused_since) where unused_since is not null;
