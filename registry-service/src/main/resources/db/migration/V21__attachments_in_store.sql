-- Dossier attachments move to the blob store (documents/{sha256}); the database keeps their metadata only. New
-- uploads are stored there directly; rows written before this migration keep their bytes in content until the
-- background copy (AttachmentStoreCopier) has stored them and set storage_key, then content is cleared. The column
-- is dropped by a later migration once every deployment has copied.
alter table dossier_attachment alter column content drop not null;
alter table dossier_attachment add column storage_key text;
alter table dossier_attachment add constraint dossier_attachment_stored
    check (content is not null or storage_key is not null);
create index dossier_attachment_to_copy_idx on dossier_attachment (id) where storage_key is null;
