-- Scan verdicts count distinct clients, not requests. A client is a keyed 64-bit hash of its user agent and network
-- prefix (never the raw address); each unit keeps the distinct clients that scanned it, at most the threshold of
-- SCANNED_MANY_TIMES plus one, so the set is bounded. The network (a keyed hash of the prefix alone) of the last located
-- scan makes far-apart scans from one network not suspicious.
alter table serial add column clients bigint[];
alter table serial add column last_located_network bigint;
