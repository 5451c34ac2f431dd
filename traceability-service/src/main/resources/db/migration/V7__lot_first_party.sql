-- Who recorded a lot's first events: an append by anyone else makes the lot linked, without reading its whole chain.
alter table lot add column first_party varchar(200);

update lot l set first_party = (select e.recorded_by from epcis_event e where e.lot_id = l.id order by e.seq limit 1);
