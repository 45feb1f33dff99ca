/**
 * Rendering official documents: the compiled templates, filled with the data a service prepares,
 * exported to PDF with embedded fonts.
 */
package id.go.lampungprov.kkb.reports.engine;
