-- The Laporan Kegiatan as an official report (issue #21, part 3): what the officer writes for the
-- sections the event records nothing for. All optional; the report prints its standard wording or
-- "-" for an empty one. Legal bases one per line (empty: the standard list for Kampung KB coaching).
ALTER TABLE coaching_event ADD COLUMN report_background VARCHAR(2000);
ALTER TABLE coaching_event ADD COLUMN report_purpose VARCHAR(2000);
ALTER TABLE coaching_event ADD COLUMN report_scope VARCHAR(2000);
ALTER TABLE coaching_event ADD COLUMN report_legal_bases VARCHAR(4000);
ALTER TABLE coaching_event ADD COLUMN report_obstacles VARCHAR(4000);
ALTER TABLE coaching_event ADD COLUMN report_obstacle_handling VARCHAR(4000);
ALTER TABLE coaching_event ADD COLUMN report_conclusions VARCHAR(4000);
ALTER TABLE coaching_event ADD COLUMN report_suggestions VARCHAR(4000);
