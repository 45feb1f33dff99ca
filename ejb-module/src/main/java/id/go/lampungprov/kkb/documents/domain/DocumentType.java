package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of official document the system issues; each may name its own signatory. */
public enum DocumentType {
  DAFTAR_HADIR("Daftar Hadir"),
  LAPORAN_KEGIATAN("Laporan Kegiatan"),
  BERITA_ACARA_PENILAIAN("Berita Acara Penilaian"),
  PROFIL_KAMPUNG_KB("Profil Kampung KB"),
  REKAPITULASI_PROVINSI("Rekapitulasi Provinsi");

  private final String title;

  DocumentType(String title) {
    this.title = title;
  }

  public String title() {
    return title;
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
