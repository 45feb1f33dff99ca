-- Each audit entry carries the region code of what it is about (an account: its scope), so staff
-- read only the entries of their own scope. NULL: about no region (the whole system, a failed login
-- with an unknown user name); only province-scoped staff see those.
ALTER TABLE audit_entry ADD COLUMN region_code VARCHAR(13);

-- Backfill what can still be derived: the record each entry names, looked up through a keyed table
-- (one index lookup per entry, and no cast of entity_id, which is not always a number).
CREATE TABLE audit_region_backfill (
    entity_type VARCHAR(60) NOT NULL,
    entity_id   VARCHAR(60) NOT NULL,
    region_code VARCHAR(13) NOT NULL,
    CONSTRAINT audit_region_backfill_pk PRIMARY KEY (entity_type, entity_id)
);

INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'Account', CAST(id AS VARCHAR(60)), scope_code FROM account;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'KampungKb', CAST(id AS VARCHAR(60)), village_code FROM kampung_kb;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'Person', CAST(id AS VARCHAR(60)), village_code FROM person;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'PokjaMember', CAST(m.id AS VARCHAR(60)), k.village_code
    FROM pokja_member m JOIN kampung_kb k ON k.id = m.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'Cadre', CAST(c.id AS VARCHAR(60)), k.village_code
    FROM cadre c JOIN kampung_kb k ON k.id = c.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'MonthlyFigures', CAST(f.id AS VARCHAR(60)), k.village_code
    FROM monthly_figures f JOIN kampung_kb k ON k.id = f.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'KampungKbProfile', CAST(p.id AS VARCHAR(60)), k.village_code
    FROM kampung_kb_profile p JOIN kampung_kb k ON k.id = p.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'Decree', CAST(id AS VARCHAR(60)), issuer_region FROM decree;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'Intervention', CAST(i.id AS VARCHAR(60)), k.village_code
    FROM intervention i JOIN kampung_kb k ON k.id = i.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'InterventionPhoto', CAST(p.id AS VARCHAR(60)), k.village_code
    FROM intervention_photo p
    JOIN intervention i ON i.id = p.intervention_id
    JOIN kampung_kb k ON k.id = i.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'CoachingEvent', CAST(id AS VARCHAR(60)), venue_village FROM coaching_event;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'Participant', CAST(p.id AS VARCHAR(60)), e.venue_village
    FROM participant p JOIN coaching_event e ON e.id = p.event_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'FollowUp', CAST(f.id AS VARCHAR(60)), e.venue_village
    FROM follow_up f JOIN coaching_event e ON e.id = f.event_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'EventPhoto', CAST(p.id AS VARCHAR(60)), e.venue_village
    FROM event_photo p JOIN coaching_event e ON e.id = p.event_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'Assessment', CAST(a.id AS VARCHAR(60)), k.village_code
    FROM assessment a JOIN kampung_kb k ON k.id = a.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'AssessorScore', CAST(s.id AS VARCHAR(60)), k.village_code
    FROM assessor_score s
    JOIN assessment a ON a.id = s.assessment_id
    JOIN kampung_kb k ON k.id = a.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'ScoreEvidence', CAST(e.id AS VARCHAR(60)), k.village_code
    FROM score_evidence e
    JOIN assessor_score s ON s.id = e.score_id
    JOIN assessment a ON a.id = s.assessment_id
    JOIN kampung_kb k ON k.id = a.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'CoeDesignation', CAST(d.id AS VARCHAR(60)), k.village_code
    FROM coe_designation d JOIN kampung_kb k ON k.id = d.kampung_kb_id;
INSERT INTO audit_region_backfill (entity_type, entity_id, region_code)
    SELECT 'IssuedDocument', CAST(id AS VARCHAR(60)), region_code FROM issued_document;

UPDATE audit_entry SET region_code = (
        SELECT b.region_code FROM audit_region_backfill b
        WHERE b.entity_type = audit_entry.entity_type AND b.entity_id = audit_entry.entity_id)
    WHERE entity_type IS NOT NULL AND entity_id IS NOT NULL;

-- Logouts named no account, but their actor is one.
UPDATE audit_entry SET region_code = (
        SELECT a.scope_code FROM account a WHERE a.username = audit_entry.actor)
    WHERE region_code IS NULL AND action = 'LOGOUT';

DROP TABLE audit_region_backfill;

-- Whatever is not derivable (agencies, instruments, issuers, files, records since removed) goes to
-- the province, so only province-scoped staff see it.
UPDATE audit_entry SET region_code = '18' WHERE region_code IS NULL;

-- A failed login with an unknown user name kept the typed text as the actor: often a password
-- typed into the wrong field. It is removed here once; new entries never store it.
UPDATE audit_entry SET actor = '(unknown)'
    WHERE action = 'LOGIN_FAILURE' AND entity_id IS NULL AND detail = 'unknown user name';

CREATE INDEX audit_entry_region_ix ON audit_entry (region_code, id);
