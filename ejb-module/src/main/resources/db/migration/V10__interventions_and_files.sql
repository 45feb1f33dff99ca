-- Uploaded files: facts in stored_file, bytes apart so lists never read them.
CREATE SEQUENCE stored_file_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE stored_file (
    id          BIGINT      NOT NULL,
    file_type   VARCHAR(10) NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    sha256      VARCHAR(64) NOT NULL,
    width       INTEGER,
    height      INTEGER,
    created_at  TIMESTAMP   NOT NULL,
    CONSTRAINT stored_file_pk PRIMARY KEY (id),
    CONSTRAINT stored_file_type_ck CHECK (file_type IN ('JPEG', 'PNG', 'PDF'))
);

CREATE TABLE stored_file_content (
    file_id  BIGINT NOT NULL,
    content  BYTEA  NOT NULL,
    CONSTRAINT stored_file_content_pk PRIMARY KEY (file_id),
    CONSTRAINT stored_file_content_fk FOREIGN KEY (file_id) REFERENCES stored_file (id)
);

-- The maintained list of agencies (OPD and partners); ids below 100 are the shipped list.
CREATE SEQUENCE agency_seq START WITH 100 INCREMENT BY 1;

CREATE TABLE agency (
    id       BIGINT       NOT NULL,
    code     VARCHAR(30)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    level    VARCHAR(20)  NOT NULL,
    active   BOOLEAN      NOT NULL,
    version  BIGINT       NOT NULL,
    CONSTRAINT agency_pk PRIMARY KEY (id),
    CONSTRAINT agency_code_uk UNIQUE (code),
    CONSTRAINT agency_level_ck CHECK (level IN ('PROVINCE', 'REGENCY', 'VERTICAL', 'NON_GOVERNMENT'))
);

INSERT INTO agency (id, code, name, level, active, version) VALUES
 (1, 'DPPPA', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (2, 'BKKBN', 'Perwakilan BKKBN Provinsi Lampung', 'VERTICAL', TRUE, 0),
 (3, 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (4, 'DINKES', 'Dinas Kesehatan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (5, 'DISDIKBUD', 'Dinas Pendidikan dan Kebudayaan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (6, 'DINSOS', 'Dinas Sosial Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (7, 'DPMDT', 'Dinas Pemberdayaan Masyarakat, Desa dan Transmigrasi Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (8, 'DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (9, 'DISPERIN', 'Dinas Perindustrian Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (10, 'DISDAG', 'Dinas Perdagangan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (11, 'DISKOPUKM', 'Dinas Koperasi dan Usaha Kecil Menengah Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (12, 'DTPHP', 'Dinas Tanaman Pangan, Hortikultura dan Perkebunan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (13, 'DKP', 'Dinas Kelautan dan Perikanan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (14, 'DISNAKKESWAN', 'Dinas Peternakan dan Kesehatan Hewan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (15, 'DKPANGAN', 'Dinas Ketahanan Pangan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (16, 'DISNAKERTRANS', 'Dinas Tenaga Kerja Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (17, 'DISPORA', 'Dinas Pemuda dan Olahraga Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (18, 'DISPAREKRAF', 'Dinas Pariwisata dan Ekonomi Kreatif Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (19, 'DISKOMINFOTIK', 'Dinas Komunikasi, Informatika dan Statistik Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (20, 'DLH', 'Dinas Lingkungan Hidup Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (21, 'DISPERKIM', 'Dinas Perumahan, Kawasan Permukiman dan Cipta Karya Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (22, 'BMBK', 'Dinas Bina Marga dan Bina Konstruksi Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (23, 'PSDA', 'Dinas Pengelolaan Sumber Daya Air Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (24, 'DISHUT', 'Dinas Kehutanan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (25, 'DISPUSIP', 'Dinas Perpustakaan dan Kearsipan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (26, 'DESDM', 'Dinas Energi dan Sumber Daya Mineral Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (27, 'DISHUB', 'Dinas Perhubungan Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (28, 'BPBD', 'Badan Penanggulangan Bencana Daerah Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (29, 'KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (30, 'BIRO_KESRA', 'Biro Kesejahteraan Rakyat Sekretariat Daerah Provinsi Lampung', 'PROVINCE', TRUE, 0),
 (31, 'OPD_KB_KAB', 'Dinas Pengendalian Penduduk dan KB Kabupaten/Kota', 'REGENCY', TRUE, 0),
 (32, 'KEMENAG', 'Kantor Wilayah Kementerian Agama Provinsi Lampung', 'VERTICAL', TRUE, 0),
 (33, 'BPS', 'Badan Pusat Statistik Provinsi Lampung', 'VERTICAL', TRUE, 0),
 (34, 'BNNP', 'Badan Narkotika Nasional Provinsi Lampung', 'VERTICAL', TRUE, 0),
 (35, 'BPJS_KES', 'BPJS Kesehatan Kantor Cabang Lampung', 'VERTICAL', TRUE, 0),
 (36, 'TP_PKK', 'Tim Penggerak PKK Provinsi Lampung', 'NON_GOVERNMENT', TRUE, 0),
 (37, 'BAZNAS', 'Badan Amil Zakat Nasional Provinsi Lampung', 'NON_GOVERNMENT', TRUE, 0);

CREATE SEQUENCE intervention_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE intervention (
    id                 BIGINT        NOT NULL,
    kampung_kb_id      BIGINT        NOT NULL,
    intervention_date  DATE          NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    agency_id          BIGINT        NOT NULL,
    family_function    VARCHAR(30)   NOT NULL,
    description        VARCHAR(4000),
    outcome            VARCHAR(4000),
    created_at         TIMESTAMP     NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT intervention_pk PRIMARY KEY (id),
    CONSTRAINT intervention_kkb_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id),
    CONSTRAINT intervention_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX intervention_kkb_ix ON intervention (kampung_kb_id, intervention_date);

CREATE TABLE intervention_target_group (
    intervention_id  BIGINT      NOT NULL,
    target_group     VARCHAR(40) NOT NULL,
    CONSTRAINT intervention_target_group_pk PRIMARY KEY (intervention_id, target_group),
    CONSTRAINT intervention_target_group_fk FOREIGN KEY (intervention_id) REFERENCES intervention (id)
);

CREATE SEQUENCE intervention_photo_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE intervention_photo (
    id               BIGINT       NOT NULL,
    intervention_id  BIGINT       NOT NULL,
    stage            VARCHAR(10)  NOT NULL,
    file_id          BIGINT       NOT NULL,
    caption          VARCHAR(200),
    CONSTRAINT intervention_photo_pk PRIMARY KEY (id),
    CONSTRAINT intervention_photo_intervention_fk FOREIGN KEY (intervention_id) REFERENCES intervention (id),
    CONSTRAINT intervention_photo_file_fk FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT intervention_photo_stage_ck CHECK (stage IN ('BEFORE', 'AFTER'))
);
CREATE INDEX intervention_photo_intervention_ix ON intervention_photo (intervention_id);

-- A decree's scanned original, optional.
ALTER TABLE decree ADD COLUMN document_file_id BIGINT;
ALTER TABLE decree ADD CONSTRAINT decree_document_fk FOREIGN KEY (document_file_id) REFERENCES stored_file (id);
