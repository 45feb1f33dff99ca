/**
 * The monthly reporting cycle: which Kampung KB are expected to report a month and by when ({@link
 * id.go.lampungprov.kkb.monitoring.domain.ReportingDeadline}), the reporting rates counted from the
 * figures, and a regency's month submitted, approved (which locks its figures) and reopened ({@link
 * id.go.lampungprov.kkb.monitoring.domain.ReportingMonth}).
 */
package id.go.lampungprov.kkb.monitoring.domain;
