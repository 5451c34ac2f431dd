-- The W3C trace context of the request that wrote each outbox row: the relay continues that trace when it publishes
-- (CloudEvents distributed-tracing extension and the Kafka traceparent header). Null when no span was recorded.
alter table outbox_event add column traceparent text;
