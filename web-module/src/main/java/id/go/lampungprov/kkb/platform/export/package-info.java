/**
 * Exports of list endpoints and list pages as CSV and XLSX: one mechanism for every list. A context
 * describes a list once ({@link id.go.lampungprov.kkb.platform.export.ExportableList}: its filters,
 * its columns, where its rows come from, always through the same facade call as its JSON list, so
 * the same filters, scope and personal-data rules apply); {@link
 * id.go.lampungprov.kkb.platform.export.Exports} streams it, {@link
 * id.go.lampungprov.kkb.platform.export.ExportJobs} runs a long one in the background.
 */
package id.go.lampungprov.kkb.platform.export;
