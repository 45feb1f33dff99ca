-- Issuers get a logo (uploaded by an administrator), a list of officials who may sign for them and,
-- per document type, which of those officials signs. Issued documents may await a signature made
-- elsewhere (a certified BSrE signature) and keep the unsigned original they were signed from.
ALTER TABLE issuer ADD COLUMN logo_file_id BIGINT;
ALTER TABLE issuer ADD CONSTRAINT issuer_logo_fk FOREIGN KEY (logo_file_id) REFERENCES stored_file (id);

CREATE SEQUENCE signatory_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE signatory (
    id           BIGINT       NOT NULL,
    issuer_code  VARCHAR(30)  NOT NULL,
    full_name    VARCHAR(120) NOT NULL,
    position     VARCHAR(200) NOT NULL,
    official_rank VARCHAR(120),
    nip          VARCHAR(18),
    version      BIGINT       NOT NULL,
    CONSTRAINT signatory_pk PRIMARY KEY (id),
    CONSTRAINT signatory_issuer_fk FOREIGN KEY (issuer_code) REFERENCES issuer (code)
);
CREATE INDEX signatory_issuer_ix ON signatory (issuer_code);

CREATE TABLE report_signatory (
    issuer_code    VARCHAR(30) NOT NULL,
    document_type  VARCHAR(40) NOT NULL,
    signatory_id   BIGINT      NOT NULL,
    CONSTRAINT report_signatory_pk PRIMARY KEY (issuer_code, document_type),
    CONSTRAINT report_signatory_issuer_fk FOREIGN KEY (issuer_code) REFERENCES issuer (code),
    CONSTRAINT report_signatory_signatory_fk FOREIGN KEY (signatory_id) REFERENCES signatory (id)
);

ALTER TABLE issued_document ADD COLUMN signature_kind VARCHAR(20) DEFAULT 'INSTALLATION' NOT NULL;
ALTER TABLE issued_document ADD COLUMN unsigned_file_id BIGINT;
ALTER TABLE issued_document ADD CONSTRAINT issued_document_unsigned_fk
    FOREIGN KEY (unsigned_file_id) REFERENCES stored_file (id);
