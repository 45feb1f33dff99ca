package id.go.lampungprov.kkb.registration.domain;

/**
 * A figure that is allowed but doubtful: the field it concerns, the stable code of the rule that
 * flagged it ({@link FiguresQuality}), the rule's words in English, the figure and what it was
 * compared with (a median of recent months, last month's value). A warning never refuses a figure.
 */
public record QualityWarning(
    String field, String rule, String message, long value, long reference) {}
