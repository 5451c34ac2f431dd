-- Every scan updates its unit's counters: leave room in each page so those updates stay on the page (HOT updates,
-- no index entries to add). Applies to pages written from now on.
alter table serial set (fillfactor = 85);
