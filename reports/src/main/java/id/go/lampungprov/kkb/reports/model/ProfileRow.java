package id.go.lampungprov.kkb.reports.model;

/**
 * One line of a profile: the section it belongs to (printed once as a heading), a label and its
 * value.
 */
public record ProfileRow(String section, String label, String value) {}
