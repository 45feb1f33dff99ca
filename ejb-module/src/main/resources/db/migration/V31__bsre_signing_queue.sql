-- Signing through the BSrE gateway: a document issued for it waits in its signatory's queue, found
-- by the signatory's NIP as it was at issue (signature_kind AWAITING_BSRE, then BSRE once signed).
ALTER TABLE issued_document ADD COLUMN signatory_nip VARCHAR(18);
CREATE INDEX issued_document_signatory_queue ON issued_document (signatory_nip, signature_kind);
