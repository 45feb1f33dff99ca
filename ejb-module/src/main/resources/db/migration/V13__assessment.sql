-- COE assessment: instruments (immutable once published), assessments, scores, designations.
CREATE SEQUENCE instrument_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE instrument (
    id               BIGINT       NOT NULL,
    code             VARCHAR(30)  NOT NULL,
    revision         INTEGER      NOT NULL,
    title            VARCHAR(300) NOT NULL,
    published        BOOLEAN      NOT NULL,
    band_coe         INTEGER      NOT NULL,
    band_mandiri     INTEGER      NOT NULL,
    band_berkembang  INTEGER      NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT instrument_pk PRIMARY KEY (id),
    CONSTRAINT instrument_revision_uk UNIQUE (code, revision)
);

CREATE TABLE instrument_indicator (
    instrument_id  BIGINT       NOT NULL,
    item_order     INTEGER      NOT NULL,
    aspect         VARCHAR(60)  NOT NULL,
    code           VARCHAR(20)  NOT NULL,
    title          VARCHAR(300) NOT NULL,
    weight         INTEGER      NOT NULL,
    rubric_1       VARCHAR(500) NOT NULL,
    rubric_2       VARCHAR(500) NOT NULL,
    rubric_3       VARCHAR(500) NOT NULL,
    rubric_4       VARCHAR(500) NOT NULL,
    evidence       VARCHAR(500),
    CONSTRAINT instrument_indicator_pk PRIMARY KEY (instrument_id, item_order),
    CONSTRAINT instrument_indicator_fk FOREIGN KEY (instrument_id) REFERENCES instrument (id)
);

CREATE SEQUENCE assessment_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE assessment (
    id                 BIGINT       NOT NULL,
    kampung_kb_id      BIGINT       NOT NULL,
    instrument_id      BIGINT       NOT NULL,
    period             VARCHAR(20)  NOT NULL,
    stage              VARCHAR(10)  NOT NULL,
    paper_review_date  DATE,
    interview_date     DATE,
    field_visit_date   DATE,
    status             VARCHAR(10)  NOT NULL,
    status_reason      VARCHAR(500),
    total              NUMERIC(5,2),
    category           VARCHAR(12),
    created_at         TIMESTAMP    NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT assessment_pk PRIMARY KEY (id),
    CONSTRAINT assessment_kkb_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id),
    CONSTRAINT assessment_instrument_fk FOREIGN KEY (instrument_id) REFERENCES instrument (id),
    CONSTRAINT assessment_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'APPROVED'))
);

CREATE TABLE assessment_team (
    assessment_id  BIGINT      NOT NULL,
    item_order     INTEGER     NOT NULL,
    username       VARCHAR(50) NOT NULL,
    chair          BOOLEAN     NOT NULL,
    submitted_at   TIMESTAMP,
    CONSTRAINT assessment_team_pk PRIMARY KEY (assessment_id, item_order),
    CONSTRAINT assessment_team_fk FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE assessment_consensus (
    assessment_id  BIGINT       NOT NULL,
    item_order     INTEGER      NOT NULL,
    indicator      VARCHAR(20)  NOT NULL,
    level          INTEGER      NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    CONSTRAINT assessment_consensus_pk PRIMARY KEY (assessment_id, item_order),
    CONSTRAINT assessment_consensus_fk FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE SEQUENCE assessor_score_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE assessor_score (
    id             BIGINT        NOT NULL,
    assessment_id  BIGINT        NOT NULL,
    assessor       VARCHAR(50)   NOT NULL,
    indicator      VARCHAR(20)   NOT NULL,
    level          INTEGER       NOT NULL,
    note           VARCHAR(1000),
    scored_at      TIMESTAMP     NOT NULL,
    CONSTRAINT assessor_score_pk PRIMARY KEY (id),
    CONSTRAINT assessor_score_assessment_fk FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    -- Each assessor scores each indicator once.
    CONSTRAINT assessor_score_once_uk UNIQUE (assessment_id, assessor, indicator),
    CONSTRAINT assessor_score_level_ck CHECK (level BETWEEN 1 AND 4)
);

CREATE SEQUENCE coe_designation_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE coe_designation (
    id             BIGINT NOT NULL,
    kampung_kb_id  BIGINT NOT NULL,
    assessment_id  BIGINT NOT NULL,
    valid_from     DATE   NOT NULL,
    valid_until    DATE   NOT NULL,
    CONSTRAINT coe_designation_pk PRIMARY KEY (id),
    CONSTRAINT coe_designation_kkb_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id),
    CONSTRAINT coe_designation_assessment_uk UNIQUE (assessment_id),
    CONSTRAINT coe_designation_assessment_fk FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
