-- The W3C trace context of the transaction that wrote each outbox row; the relay publishes the row inside it.
alter table outbox_event add column traceparent text;
