-- Evidence files attached to assessors' scores.
CREATE SEQUENCE score_evidence_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE score_evidence (
    id        BIGINT       NOT NULL,
    score_id  BIGINT       NOT NULL,
    file_id   BIGINT       NOT NULL,
    caption   VARCHAR(200),
    CONSTRAINT score_evidence_pk PRIMARY KEY (id),
    CONSTRAINT score_evidence_score_fk FOREIGN KEY (score_id) REFERENCES assessor_score (id),
    CONSTRAINT score_evidence_file_fk FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX score_evidence_score_ix ON score_evidence (score_id);
