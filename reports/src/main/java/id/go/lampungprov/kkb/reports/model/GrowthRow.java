package id.go.lampungprov.kkb.reports.model;

/** One bar of a growth chart: a year and the number of Kampung KB at its end. */
public record GrowthRow(String year, int count) {}
