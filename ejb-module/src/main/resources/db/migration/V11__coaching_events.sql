-- Coaching events (pembinaan dan pengembangan) with agenda, officials, participants, follow-ups.
CREATE SEQUENCE coaching_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE coaching_event (
    id                  BIGINT        NOT NULL,
    event_type          VARCHAR(30)   NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    lead_agency_id      BIGINT        NOT NULL,
    starts_at           TIMESTAMP     NOT NULL,
    ends_at             TIMESTAMP     NOT NULL,
    venue               VARCHAR(200)  NOT NULL,
    venue_village       VARCHAR(13)   NOT NULL,
    budget_source       VARCHAR(100),
    quota               INTEGER       NOT NULL,
    health_protocol     VARCHAR(2000),
    minutes_chair       VARCHAR(120),
    minutes_taker       VARCHAR(120),
    minutes_discussion  VARCHAR(8000),
    minutes_decisions   VARCHAR(4000),
    outcome             VARCHAR(4000),
    status              VARCHAR(20)   NOT NULL,
    status_reason       VARCHAR(500),
    participant_count   INTEGER       NOT NULL,
    created_at          TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT coaching_event_pk PRIMARY KEY (id),
    CONSTRAINT coaching_event_agency_fk FOREIGN KEY (lead_agency_id) REFERENCES agency (id),
    CONSTRAINT coaching_event_village_fk FOREIGN KEY (venue_village) REFERENCES region (code),
    CONSTRAINT coaching_event_times_ck CHECK (ends_at > starts_at),
    CONSTRAINT coaching_event_quota_ck CHECK (participant_count BETWEEN 0 AND quota),
    CONSTRAINT coaching_event_status_ck CHECK (status IN ('PLANNED', 'HELD', 'REPORTED', 'CANCELLED'))
);
CREATE INDEX coaching_event_village_ix ON coaching_event (venue_village, starts_at);

CREATE TABLE coaching_event_co_organiser (
    event_id   BIGINT  NOT NULL,
    agency_id  BIGINT  NOT NULL,
    item_order INTEGER NOT NULL,
    CONSTRAINT coaching_event_co_organiser_pk PRIMARY KEY (event_id, item_order),
    CONSTRAINT coaching_event_co_organiser_event_fk FOREIGN KEY (event_id) REFERENCES coaching_event (id),
    CONSTRAINT coaching_event_co_organiser_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
);

CREATE TABLE coaching_event_target (
    event_id       BIGINT  NOT NULL,
    kampung_kb_id  BIGINT  NOT NULL,
    item_order     INTEGER NOT NULL,
    CONSTRAINT coaching_event_target_pk PRIMARY KEY (event_id, item_order),
    CONSTRAINT coaching_event_target_event_fk FOREIGN KEY (event_id) REFERENCES coaching_event (id),
    CONSTRAINT coaching_event_target_kkb_fk FOREIGN KEY (kampung_kb_id) REFERENCES kampung_kb (id)
);
CREATE INDEX coaching_event_target_kkb_ix ON coaching_event_target (kampung_kb_id);

CREATE TABLE coaching_event_agenda (
    event_id   BIGINT       NOT NULL,
    item_order INTEGER      NOT NULL,
    item_time  TIME         NOT NULL,
    topic      VARCHAR(300) NOT NULL,
    speaker    VARCHAR(200),
    CONSTRAINT coaching_event_agenda_pk PRIMARY KEY (event_id, item_order),
    CONSTRAINT coaching_event_agenda_event_fk FOREIGN KEY (event_id) REFERENCES coaching_event (id)
);

CREATE TABLE coaching_event_official (
    event_id        BIGINT       NOT NULL,
    item_order      INTEGER      NOT NULL,
    full_name       VARCHAR(120) NOT NULL,
    position_title  VARCHAR(200) NOT NULL,
    agency_name     VARCHAR(200),
    nip             VARCHAR(18),
    official_role   VARCHAR(20)  NOT NULL,
    CONSTRAINT coaching_event_official_pk PRIMARY KEY (event_id, item_order),
    CONSTRAINT coaching_event_official_event_fk FOREIGN KEY (event_id) REFERENCES coaching_event (id)
);

CREATE SEQUENCE participant_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE participant (
    id                BIGINT       NOT NULL,
    event_id          BIGINT       NOT NULL,
    person_id         BIGINT,
    full_name         VARCHAR(120) NOT NULL,
    sex               VARCHAR(10)  NOT NULL,
    phone             VARCHAR(20),
    phone_key         VARCHAR(20),
    category          VARCHAR(20)  NOT NULL,
    affiliation       VARCHAR(200),
    attendance        VARCHAR(20)  NOT NULL,
    checked_in_at     TIMESTAMP,
    check_in_channel  VARCHAR(10),
    version           BIGINT       NOT NULL,
    CONSTRAINT participant_pk PRIMARY KEY (id),
    CONSTRAINT participant_event_fk FOREIGN KEY (event_id) REFERENCES coaching_event (id),
    CONSTRAINT participant_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    -- Nobody twice: neither the same registry person nor the same phone number.
    CONSTRAINT participant_person_uk UNIQUE (event_id, person_id),
    CONSTRAINT participant_phone_uk UNIQUE (event_id, phone_key)
);

CREATE SEQUENCE follow_up_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE follow_up (
    id         BIGINT       NOT NULL,
    event_id   BIGINT       NOT NULL,
    action     VARCHAR(500) NOT NULL,
    owner      VARCHAR(200) NOT NULL,
    due_date   DATE         NOT NULL,
    status     VARCHAR(10)  NOT NULL,
    closed_on  DATE,
    version    BIGINT       NOT NULL,
    CONSTRAINT follow_up_pk PRIMARY KEY (id),
    CONSTRAINT follow_up_event_fk FOREIGN KEY (event_id) REFERENCES coaching_event (id)
);
CREATE INDEX follow_up_due_ix ON follow_up (status, due_date);

CREATE SEQUENCE event_photo_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE event_photo (
    id        BIGINT       NOT NULL,
    event_id  BIGINT       NOT NULL,
    file_id   BIGINT       NOT NULL,
    caption   VARCHAR(200),
    CONSTRAINT event_photo_pk PRIMARY KEY (id),
    CONSTRAINT event_photo_event_fk FOREIGN KEY (event_id) REFERENCES coaching_event (id),
    CONSTRAINT event_photo_file_fk FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
