-- Who holds which position in a Kampung KB: Pokja (working group) members and cadres (kader).
CREATE SEQUENCE position_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE pokja_member (
    id              BIGINT       NOT NULL,
    kampung_kb_id   BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    role            VARCHAR(30)  NOT NULL,
    term_start      DATE         NOT NULL,
    term_end        DATE,
    trained         BOOLEAN      NOT NULL,
    -- Set only while a chair, secretary or treasurer holds an open term: one at a time per Pokja.
    open_office_key VARCHAR(60),
    version         BIGINT       NOT NULL,
    CONSTRAINT pokja_member_pk PRIMARY KEY (id),
    CONSTRAINT pokja_member_kkb_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id),
    CONSTRAINT pokja_member_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT pokja_member_office_uk UNIQUE (open_office_key)
);
CREATE INDEX pokja_member_kkb_ix ON pokja_member (kampung_kb_id);

CREATE TABLE cadre (
    id              BIGINT       NOT NULL,
    kampung_kb_id   BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    cadre_type      VARCHAR(30)  NOT NULL,
    term_start      DATE         NOT NULL,
    term_end        DATE,
    version         BIGINT       NOT NULL,
    CONSTRAINT cadre_pk PRIMARY KEY (id),
    CONSTRAINT cadre_kkb_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id),
    CONSTRAINT cadre_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX cadre_kkb_ix ON cadre (kampung_kb_id);
