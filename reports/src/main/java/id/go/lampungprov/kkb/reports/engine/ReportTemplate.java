package id.go.lampungprov.kkb.reports.engine;

/** The report templates, compiled from {@code src/main/jasper} into {@code /reports/*.jasper}. */
public enum ReportTemplate {
  DAFTAR_HADIR("daftar-hadir"),
  LAPORAN_KEGIATAN("laporan-kegiatan"),
  BERITA_ACARA_PENILAIAN("berita-acara-penilaian"),
  LAMPIRAN_FOTO("lampiran-foto"),
  PROFIL_KAMPUNG_KB("profil-kampung-kb"),
  REKAPITULASI_PROVINSI("rekapitulasi-provinsi"),
  LAMPIRAN_INPRES("lampiran-inpres");

  private final String file;

  ReportTemplate(String file) {
    this.file = file;
  }

  String resource() {
    return "/reports/" + file + ".jasper";
  }
}
