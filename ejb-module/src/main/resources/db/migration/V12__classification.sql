-- Classes of Kampung KB as computed by a versioned rule set, with the explanation per indicator.
CREATE SEQUENCE classification_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE classification (
    id                BIGINT       NOT NULL,
    kampung_kb_id     BIGINT       NOT NULL,
    rule_set_version  VARCHAR(30)  NOT NULL,
    data_period       VARCHAR(7),
    class             VARCHAR(20)  NOT NULL,
    input_index       NUMERIC(4,2),
    process_index     NUMERIC(4,2),
    output_index      NUMERIC(4,2),
    -- The Kampung KB's id while this row is its current classification: one current per Kampung KB.
    current_key       BIGINT,
    computed_at       TIMESTAMP    NOT NULL,
    CONSTRAINT classification_pk PRIMARY KEY (id),
    CONSTRAINT classification_kkb_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id),
    CONSTRAINT classification_current_uk UNIQUE (current_key),
    CONSTRAINT classification_class_ck CHECK (class IN ('DASAR', 'BERKEMBANG', 'MANDIRI', 'BERKELANJUTAN'))
);
CREATE INDEX classification_kkb_ix ON classification (kampung_kb_id, computed_at);

CREATE TABLE classification_indicator (
    classification_id  BIGINT       NOT NULL,
    item_order         INTEGER      NOT NULL,
    class_index        VARCHAR(10)  NOT NULL,
    indicator          VARCHAR(40)  NOT NULL,
    raw_value          VARCHAR(100),
    score              INTEGER,
    note               VARCHAR(300),
    CONSTRAINT classification_indicator_pk PRIMARY KEY (classification_id, item_order),
    CONSTRAINT classification_indicator_fk FOREIGN KEY (classification_id) REFERENCES classification (id),
    CONSTRAINT classification_indicator_score_ck CHECK (score IS NULL OR score BETWEEN 1 AND 4)
);
