package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of official document the system issues, each with its archive code (the classification
 * code of the regional archive scheme that the number template's {@code {code}} prints) and the
 * issuer that issues it when nothing else is asked for (see {@link IssuerChoice}). Each may name
 * its own signatory.
 */
public enum DocumentType {
  DAFTAR_HADIR("Daftar Hadir", ArchiveCode.GENERAL_ADMINISTRATION, IssuerChoice.PROVINCE),
  LAPORAN_KEGIATAN("Laporan Kegiatan", ArchiveCode.GENERAL_ADMINISTRATION, IssuerChoice.PROVINCE),
  BERITA_ACARA_PENILAIAN(
      "Berita Acara Penilaian", ArchiveCode.GENERAL_ADMINISTRATION, IssuerChoice.PROVINCE),
  PROFIL_KAMPUNG_KB("Profil Kampung KB", ArchiveCode.FAMILY_PLANNING, "BKKBN"),
  REKAPITULASI_PROVINSI(
      "Rekapitulasi Provinsi", ArchiveCode.FAMILY_PLANNING, IssuerChoice.PROVINCE);

  /** The archive classification codes the documents are filed under. */
  private static final class ArchiveCode {
    /** Administrative records of activities. */
    static final String GENERAL_ADMINISTRATION = "000.1.2.3";

    /** Family planning and family development. */
    static final String FAMILY_PLANNING = "400.13";
  }

  private final String title;
  private final String archiveCode;
  private final String defaultIssuer;

  DocumentType(String title, String archiveCode, String defaultIssuer) {
    this.title = title;
    this.archiveCode = archiveCode;
    this.defaultIssuer = defaultIssuer;
  }

  public String title() {
    return title;
  }

  /** The code the number template prints for {@code {code}}. */
  public String archiveCode() {
    return archiveCode;
  }

  /** The code of the issuer that issues this type when no other is asked for. */
  public String defaultIssuer() {
    return defaultIssuer;
  }

  public static DocumentType parse(String field, String text) {
    return Arrays.stream(values())
        .filter(t -> t.name().equalsIgnoreCase(text == null ? "" : text.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field,
                    "document-type",
                    "unknown document type; one of "
                        + Arrays.stream(values())
                            .map(Enum::name)
                            .collect(Collectors.joining(", "))));
  }
}
