-- Issued documents change once (the externally signed PDF replaces the unsigned one): optimistic
-- locking, as every other changeable record has.
ALTER TABLE issued_document ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
