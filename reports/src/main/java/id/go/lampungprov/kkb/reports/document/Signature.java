package id.go.lampungprov.kkb.reports.document;

import java.time.LocalDate;

/**
 * The signature block: place and date, then position, name, rank and NIP.
 *
 * @param rank may be null
 * @param nip may be null
 */
public record Signature(
    String place, LocalDate date, String position, String name, String rank, String nip) {}
