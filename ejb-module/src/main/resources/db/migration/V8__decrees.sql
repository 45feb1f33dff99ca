-- Decrees (SK): a village head's decree forming one Pokja, or a regent's decree covering many villages.
CREATE SEQUENCE decree_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE decree (
    id               BIGINT       NOT NULL,
    number           VARCHAR(100) NOT NULL,
    decree_date      DATE         NOT NULL,
    issuer_level     VARCHAR(10)  NOT NULL,
    issuer_region    VARCHAR(13)  NOT NULL,
    signer_name      VARCHAR(120) NOT NULL,
    signer_position  VARCHAR(120) NOT NULL,
    subject          VARCHAR(30)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT decree_pk PRIMARY KEY (id),
    CONSTRAINT decree_region_fk FOREIGN KEY (issuer_region) REFERENCES region (code),
    CONSTRAINT decree_number_uk UNIQUE (issuer_region, number),
    CONSTRAINT decree_level_ck CHECK (issuer_level IN ('VILLAGE', 'DISTRICT', 'REGENCY', 'PROVINCE'))
);

CREATE TABLE decree_kampung_kb (
    decree_id     BIGINT NOT NULL,
    kampung_kb_id BIGINT NOT NULL,
    CONSTRAINT decree_kampung_kb_pk PRIMARY KEY (decree_id, kampung_kb_id),
    CONSTRAINT decree_kampung_kb_decree_fk FOREIGN KEY (decree_id) REFERENCES decree (id),
    CONSTRAINT decree_kampung_kb_kkb_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id)
);
CREATE INDEX decree_kampung_kb_kkb_ix ON decree_kampung_kb (kampung_kb_id);
