package id.go.lampungprov.kkb.reports.model;

/**
 * One line of a Daftar Hadir: name, position and agency, L/P, phone and the attendance mark.
 *
 * @param sex "L" or "P"
 * @param mark e.g. "Hadir 08.31" or "Izin"; null on a sheet printed before the event
 */
public record AttendanceRow(
    String name, String affiliation, String sex, String phone, String mark) {}
