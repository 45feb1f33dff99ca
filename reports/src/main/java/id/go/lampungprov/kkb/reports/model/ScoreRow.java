package id.go.lampungprov.kkb.reports.model;

/** One indicator line of the Hasil Penilaian: aspect, indicator, weight, level and points. */
public record ScoreRow(
    String aspect, String indicator, String weight, String level, String score) {}
