/**
 * The monthly reporting cycle: which Kampung KB are expected to report a month and by when ({@link
 * id.go.lampungprov.kkb.monitoring.domain.ReportingDeadline}), the reporting rates counted from the
 * figures, and a regency's month submitted, approved (which locks its figures) and reopened ({@link
 * id.go.lampungprov.kkb.monitoring.domain.ReportingMonth}).
 *
 * <p>And the Inpres 3/2022 catalogue ({@link
 * id.go.lampungprov.kkb.monitoring.domain.InpresCatalogue}: targets, programmes, activities, one
 * version per Instruction), the tags of interventions to its activities ({@link
 * id.go.lampungprov.kkb.monitoring.domain.InterventionInpresTags}) and the recap per target and
 * area ({@link id.go.lampungprov.kkb.monitoring.domain.InpresRecap}). They live here, not in
 * registration beside the intervention: tagging and its recap are monitoring of what interventions
 * achieve against a national instruction, which registration (building on no monitoring,
 * docs/boundaries.md) need not know; monitoring builds on registration and reads the intervention
 * through its service, and reporting, above both, prints the recap's annex.
 */
package id.go.lampungprov.kkb.monitoring.domain;
