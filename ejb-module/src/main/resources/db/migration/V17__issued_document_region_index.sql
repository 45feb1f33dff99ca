-- The issued-documents list pages through the documents of a region, newest first.
CREATE INDEX issued_document_region_ix ON issued_document (region_code, issued_at);
