-- The monthly reporting cycle (issue #20, context monitoring).

-- When a month's figures were first recorded (UTC), kept through corrections: whether they came in
-- by the due day. Rows recorded before this migration get the time of their CREATE audit entry;
-- where the trail has none the column stays NULL, which the reporting rates count as on time
-- ("on time unknown", docs/api.md).
ALTER TABLE monthly_figures ADD COLUMN reported_at TIMESTAMP;

UPDATE monthly_figures SET reported_at = (
        SELECT MIN(a.occurred_at) FROM audit_entry a
        WHERE a.entity_type = 'MonthlyFigures'
          AND a.entity_id = CAST(monthly_figures.id AS VARCHAR(60))
          AND a.action = 'CREATE');

-- The rates count a month's figures across the registry.
CREATE INDEX monthly_figures_period_ix ON monthly_figures (period, kampung_kb_id);

-- A regency's month of figures: OPEN → SUBMITTED (a regency operator) → APPROVED (another account of
-- the regency office, or the province), which locks the month's figures; a province officer reopens
-- it with a reason. No row means OPEN.
CREATE SEQUENCE reporting_month_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE reporting_month (
    id            BIGINT       NOT NULL,
    regency_code  VARCHAR(13)  NOT NULL,
    period        VARCHAR(7)   NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    submitted_by  VARCHAR(50),
    submitted_at  TIMESTAMP,
    approved_by   VARCHAR(50),
    approved_at   TIMESTAMP,
    reopened_by   VARCHAR(50),
    reopened_at   TIMESTAMP,
    reopen_reason VARCHAR(500),
    version       BIGINT       NOT NULL,
    CONSTRAINT reporting_month_pk PRIMARY KEY (id),
    CONSTRAINT reporting_month_regency_fk FOREIGN KEY (regency_code) REFERENCES region (code),
    CONSTRAINT reporting_month_uk UNIQUE (regency_code, period),
    CONSTRAINT reporting_month_status_ck CHECK (status IN ('OPEN', 'SUBMITTED', 'APPROVED'))
);
