-- E-mail notifications. Each row is one message to one address about one event; it is written in the transaction of
-- the fact it tells about (an outbox of e-mails) and sent by the notification worker, retried until the SMTP relay
-- takes it. (recipient, event_key) is unique: an event delivered twice still makes one message per recipient.
create table notification (
    id              uuid primary key,
    kind            varchar(40)  not null,
    event_key       text         not null,
    recipient       varchar(254) not null,
    language        varchar(2)   not null check (language in ('vi', 'en')),
    subject         text         not null,
    body_text       text         not null,
    body_html       text         not null,
    -- what the message is about, for scoping the log: the producer (and its area) or the partner
    producer_id     uuid,
    province_code   varchar(2),
    commune_code    varchar(5),
    partner_id      uuid,
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'SKIPPED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    unique (recipient, event_key)
);
create index notification_due_idx on notification (next_attempt_at) where status = 'PENDING';
create index notification_log_idx on notification (created_at desc);

-- Per e-mail address: the language of its messages and the non-essential kinds it turned off.
create table notification_preference (
    email      varchar(254) primary key,
    language   varchar(2)   not null default 'vi' check (language in ('vi', 'en')),
    opted_out  text         not null default '',   -- comma-separated kinds
    updated_at timestamptz  not null
);
