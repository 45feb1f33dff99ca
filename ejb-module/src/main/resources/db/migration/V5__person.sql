-- People known to the registry (Pokja members, cadres, participants). Personal data under UU PDP:
-- the NIK is stored only encrypted, with a keyed blind index for uniqueness; erasure leaves a tombstone.
CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE person (
    id              BIGINT       NOT NULL,
    full_name       VARCHAR(120) NOT NULL,
    sex             VARCHAR(6)   NOT NULL,
    phone           VARCHAR(20),
    nik_encrypted   VARCHAR(200),
    nik_index       VARCHAR(64),
    nik_masked      VARCHAR(20),
    nip             VARCHAR(18),
    village_code    VARCHAR(13)  NOT NULL,
    erased          BOOLEAN      NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT person_pk PRIMARY KEY (id),
    CONSTRAINT person_nik_uk UNIQUE (nik_index),
    CONSTRAINT person_village_fk FOREIGN KEY (village_code) REFERENCES region (code),
    CONSTRAINT person_sex_ck CHECK (sex IN ('MALE', 'FEMALE'))
);

CREATE INDEX person_village_ix ON person (village_code);
