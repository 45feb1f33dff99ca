package id.go.lampungprov.kkb.reports.model;

/** One agenda line of an activity report. */
public record AgendaRow(String time, String topic, String speaker) {}
