-- 申报材料 deleted by the office stay on record: the row and its content are kept, marked with who
-- deleted it and when, and are no longer offered to the panel or the recommending unit.
alter table nomination_document add column deleted_at timestamp;
alter table nomination_document add column deleted_by varchar(64);
