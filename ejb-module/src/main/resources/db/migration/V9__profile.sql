-- The periodic profile of a Kampung KB (portal checklist). New versions replace the active one; old
-- versions stay as history.
CREATE SEQUENCE profile_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE kampung_kb_profile (
    id                   BIGINT       NOT NULL,
    kampung_kb_id        BIGINT       NOT NULL,
    valid_from           DATE         NOT NULL,
    active_key           BIGINT,
    pokja_exists         BOOLEAN      NOT NULL,
    pokja_has_decree     BOOLEAN      NOT NULL,
    pokja_trained        BOOLEAN      NOT NULL,
    pokja_members        INTEGER      NOT NULL,
    pkb_name             VARCHAR(120),
    pkb_nip              VARCHAR(18),
    regulation_level     VARCHAR(10)  NOT NULL,
    has_rkm              BOOLEAN      NOT NULL,
    data_sources         VARCHAR(200) NOT NULL,
    funding_sources      VARCHAR(200) NOT NULL,
    has_secretariat      BOOLEAN      NOT NULL,
    rumah_dataku         VARCHAR(10)  NOT NULL,
    poktan               VARCHAR(200) NOT NULL,
    mechanisms           VARCHAR(400) NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT profile_pk PRIMARY KEY (id),
    CONSTRAINT profile_kkb_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id),
    CONSTRAINT profile_active_uk UNIQUE (active_key)
);
CREATE INDEX profile_kkb_ix ON kampung_kb_profile (kampung_kb_id);
