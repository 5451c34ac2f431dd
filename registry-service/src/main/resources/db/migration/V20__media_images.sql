-- Images of products and producers. The bytes (re-encoded variants) live in the blob store under
-- media/{sha256}/{variant}.jpg; the database keeps what an image is and who uses it. An image no longer used by any
-- owner gets unused_since and is removed from the store after ocop.media.unused-grace.
create table media_image (
    sha256       varchar(64) primary key,
    source_type  varchar(16) not null,
    width        int         not null check (width > 0),
    height       int         not null check (height > 0),
    uploaded_by  text        not null,
    created_at   timestamptz not null,
    unused_since timestamptz
);
create index media_image_unused_idx on media_image (unused_since) where unused_since is not null;

create table owner_image (
    id         uuid primary key,
    owner_type varchar(16) not null check (owner_type in ('PRODUCT', 'PRODUCER')),
    owner_id   uuid        not null,
    position   int         not null check (position >= 0),
    sha256     varchar(64) not null references media_image (sha256),
    alt_vi     text        not null,
    alt_en     text,
    added_by   text        not null,
    added_at   timestamptz not null,
    unique (owner_type, owner_id, sha256)
);
create index owner_image_owner_idx on owner_image (owner_type, owner_id, position);
create index owner_image_sha_idx on owner_image (sha256);
