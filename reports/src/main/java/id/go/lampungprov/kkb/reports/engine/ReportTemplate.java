package id.go.lampungprov.kkb.reports.engine;

/** The report templates, compiled from {@code src/main/jasper} into {@code /reports/*.jasper}. */
public enum ReportTemplate {
  DAFTAR_HADIR("daftar-hadir"),
  LAPORAN_KEGIATAN("laporan-kegiatan"),
  BERITA_ACARA_PENILAIAN("berita-acara-penilaian");

  private final String file;

  ReportTemplate(String file) {
    this.file = file;
  }

  String resource() {
    return "/reports/" + file + ".jasper";
  }
}
