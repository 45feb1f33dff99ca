-- The recaps count COE designations by joining them to their Kampung KB, and the national recap
-- selects a year's events by date alone (no region prefix to lead with coaching_event_village_ix).
-- The foreign key kampung_kb_id had no index: the join, and listing a Kampung KB's designations,
-- scanned the whole table.
CREATE INDEX coe_designation_kkb_ix ON coe_designation (kampung_kb_id, valid_until);
CREATE INDEX coaching_event_starts_ix ON coaching_event (starts_at);
