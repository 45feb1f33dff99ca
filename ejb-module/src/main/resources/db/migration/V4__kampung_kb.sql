-- The registry of Kampung KB. Never hard-deleted: deactivation keeps the record and its history.
CREATE SEQUENCE kampung_kb_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE kampung_kb (
    id                   BIGINT        NOT NULL,
    name                 VARCHAR(150)  NOT NULL,
    village_code         VARCHAR(13)   NOT NULL,
    rw_coverage          VARCHAR(200),
    declaration_date     DATE          NOT NULL,
    description          VARCHAR(4000),
    latitude             DECIMAL(9, 6),
    longitude            DECIMAL(9, 6),
    model_status         VARCHAR(20)   NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    inactive_reason      VARCHAR(500),
    inactive_since       DATE,
    -- Keys that exist only while the row is active (NULL otherwise), so plain UNIQUE constraints enforce
    -- "one active Kampung KB per village" and "one active model per regency / province" on every database,
    -- including under concurrent registration.
    active_village_key   VARCHAR(13),
    regency_model_key    VARCHAR(13),
    province_model_key   VARCHAR(13),
    created_at           TIMESTAMP     NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT kampung_kb_pk PRIMARY KEY (id),
    CONSTRAINT kampung_kb_village_fk FOREIGN KEY (village_code) REFERENCES region (code),
    CONSTRAINT kampung_kb_active_village_uk UNIQUE (active_village_key),
    CONSTRAINT kampung_kb_regency_model_uk UNIQUE (regency_model_key),
    CONSTRAINT kampung_kb_province_model_uk UNIQUE (province_model_key),
    CONSTRAINT kampung_kb_model_ck CHECK (model_status IN ('NONE', 'REGENCY_MODEL', 'PROVINCE_MODEL')),
    CONSTRAINT kampung_kb_status_ck CHECK (status IN ('ACTIVE', 'INACTIVE'))
);

CREATE INDEX kampung_kb_village_ix ON kampung_kb (village_code);
CREATE INDEX kampung_kb_declared_ix ON kampung_kb (declaration_date);

-- Formation criteria (domain brief §2), one row per criterion met.
CREATE TABLE kampung_kb_criterion (
    kampung_kb_id BIGINT      NOT NULL,
    criterion     VARCHAR(40) NOT NULL,
    CONSTRAINT kampung_kb_criterion_pk PRIMARY KEY (kampung_kb_id, criterion),
    CONSTRAINT kampung_kb_criterion_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id)
);
