-- Official documents: issuers (letterhead, numbering, signatory), yearly counters, the registry.
CREATE TABLE issuer (
    code                VARCHAR(30)  NOT NULL,
    line_1              VARCHAR(120) NOT NULL,
    line_2              VARCHAR(160) NOT NULL,
    address             VARCHAR(300),
    number_template     VARCHAR(100) NOT NULL,
    unit_code           VARCHAR(30),
    signatory_name      VARCHAR(120) NOT NULL,
    signatory_position  VARCHAR(200) NOT NULL,
    signatory_rank      VARCHAR(120),
    signatory_nip       VARCHAR(18),
    place               VARCHAR(60)  NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT issuer_pk PRIMARY KEY (code)
);

-- Placeholders to be completed by an administrator (names, NIP, address) before real use.
INSERT INTO issuer VALUES
 ('DPPPA', 'PEMERINTAH PROVINSI LAMPUNG', 'DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK',
  'Bandar Lampung', '{code}/{seq}/{unit}/{roman_month}/{year}', 'DPPPA',
  'Kepala Dinas PPPA Provinsi Lampung', 'Kepala Dinas', NULL, NULL, 'Bandar Lampung', 0),
 ('BKKBN', 'BADAN KEPENDUDUKAN DAN KELUARGA BERENCANA NASIONAL', 'PERWAKILAN BKKBN PROVINSI LAMPUNG',
  'Bandar Lampung', '{seq}/{code}/{unit}/{year}', 'KK.01',
  'Kepala Perwakilan BKKBN Provinsi Lampung', 'Kepala Perwakilan', NULL, NULL, 'Bandar Lampung', 0);

CREATE TABLE document_counter (
    issuer_code   VARCHAR(30) NOT NULL,
    counter_year  INTEGER     NOT NULL,
    last_value    BIGINT      NOT NULL,
    CONSTRAINT document_counter_pk PRIMARY KEY (issuer_code, counter_year),
    CONSTRAINT document_counter_issuer_fk FOREIGN KEY (issuer_code) REFERENCES issuer (code)
);

CREATE SEQUENCE issued_document_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE issued_document (
    id                   BIGINT       NOT NULL,
    public_id            VARCHAR(36)  NOT NULL,
    number               VARCHAR(100) NOT NULL,
    document_type        VARCHAR(40)  NOT NULL,
    subject              VARCHAR(300) NOT NULL,
    issuer_code          VARCHAR(30)  NOT NULL,
    issuer_name          VARCHAR(160) NOT NULL,
    signatory_name       VARCHAR(120) NOT NULL,
    signatory_position   VARCHAR(200) NOT NULL,
    certificate_subject  VARCHAR(300),
    sha256               VARCHAR(64)  NOT NULL,
    subject_ref          VARCHAR(60)  NOT NULL,
    region_code          VARCHAR(13)  NOT NULL,
    file_id              BIGINT       NOT NULL,
    issued_at            TIMESTAMP    NOT NULL,
    CONSTRAINT issued_document_pk PRIMARY KEY (id),
    CONSTRAINT issued_document_public_uk UNIQUE (public_id),
    CONSTRAINT issued_document_number_uk UNIQUE (issuer_code, number),
    CONSTRAINT issued_document_issuer_fk FOREIGN KEY (issuer_code) REFERENCES issuer (code),
    CONSTRAINT issued_document_file_fk FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX issued_document_sha_ix ON issued_document (sha256);
CREATE INDEX issued_document_ref_ix ON issued_document (subject_ref);
