-- Records that must survive their own operator: the audit trail, a dossier's state changes, the council members'
-- scores and the published criteria sets refuse UPDATE and DELETE row by row and TRUNCATE as a statement (a row
-- trigger does not fire on TRUNCATE). The runtime role cannot drop or disable these triggers: it does not own the
-- tables (V14).
create function refuse_change_of_record() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function refuse_change_of_record();

create trigger dossier_transition_no_change before update or delete on dossier_transition
    for each row execute function refuse_change_of_record();
create trigger dossier_transition_no_truncate before truncate on dossier_transition
    for each statement execute function refuse_change_of_record();

create trigger member_score_no_change before update or delete on member_score
    for each row execute function refuse_change_of_record();
create trigger member_score_no_truncate before truncate on member_score
    for each statement execute function refuse_change_of_record();

create trigger criteria_set_no_truncate before truncate on criteria_set
    for each statement execute function refuse_change_of_record();
