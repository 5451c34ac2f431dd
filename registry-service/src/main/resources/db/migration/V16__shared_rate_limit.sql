-- The partner rate limit's token buckets, shared by every registry instance: one row per API key, taken from and
-- refilled in one atomic upsert (RateBucketRepository), so N instances together grant a key its budget once, not N times.
create table partner_rate_bucket (
    key_id      uuid primary key references partner_key (id) on delete cascade,
    tokens      double precision not null,
    refilled_at timestamptz      not null,
    -- whether the last request took a token (returned by the same upsert)
    granted     boolean          not null
);
