package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.monitoring.domain.InpresRecap;
import id.go.lampungprov.kkb.platform.spreadsheet.XlsxWriter;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reporting.domain.DataBasis;
import id.go.lampungprov.kkb.reports.document.IssueMark;
import id.go.lampungprov.kkb.reports.document.Letterhead;
import id.go.lampungprov.kkb.reports.document.ProvinceRecap;
import id.go.lampungprov.kkb.reports.document.Signature;
import id.go.lampungprov.kkb.reports.engine.ReportRenderer;
import id.go.lampungprov.kkb.reports.engine.TemplateParameters;
import id.go.lampungprov.kkb.reports.model.GrowthRow;
import id.go.lampungprov.kkb.reports.model.RecapRow;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How recaps are laid out: the template parts of the PDF and the sheet of the XLSX. */
final class RecapParts {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private RecapParts() {}

  /**
   * The main recap signed on its page, then one attachment per further recap, then the Inpres
   * annex.
   *
   * @param inpres null for no annex
   * @param basis null to leave out which months of figures the classes used
   */
  static ProvinceRecap recap(
      List<AreaRecap> recap,
      InpresRecap inpres,
      DataBasis basis,
      Letterhead letterhead,
      Signature signature,
      IssueMark mark) {
    // Formats are not thread-safe but cheap to reuse within one document.
    NumberFormat integer = NumberFormat.getIntegerInstance(INDONESIAN);
    NumberFormat decimal = NumberFormat.getNumberInstance(INDONESIAN);
    decimal.setMinimumFractionDigits(1);
    decimal.setMaximumFractionDigits(1);
    List<ProvinceRecap.Page> pages = new ArrayList<>();
    for (AreaRecap a : recap) {
      List<RecapRow> rows = new ArrayList<>();
      int n = 1;
      for (AreaRecap.Line l : a.lines()) {
        rows.add(
            row(
                String.valueOf(n++),
                TemplateParameters.escape(l.name()),
                l,
                false,
                integer,
                decimal));
      }
      rows.add(row("", "<b>Jumlah</b>", a.total(), true, integer, decimal));
      pages.add(
          new ProvinceRecap.Page(
              title(a),
              a.asOf(),
              lineLevel(a),
              a.year(),
              a.areaName(),
              a.level() == AreaRecap.Level.COUNTRY,
              a.growth().stream()
                  .map(y -> new GrowthRow(String.valueOf(y.year()), (int) y.cumulative()))
                  .toList(),
              rows));
    }
    return new ProvinceRecap(
        letterhead,
        mark,
        signature,
        pages,
        inpres == null ? null : RecapInpresAnnex.of(inpres, lineLevel(recap.get(0)), integer),
        basis == null ? null : RecapSources.note(basis));
  }

  /** The templates of {@link #recap}, e.g. to measure their rendering alone. */
  static List<ReportRenderer.Part> pdf(
      List<AreaRecap> recap, Letterhead letterhead, Signature signature, IssueMark mark) {
    return TemplateParameters.parts(recap(recap, null, null, letterhead, signature, mark));
  }

  /** The header of the XLSX sheet. */
  static List<String> xlsxHeader(AreaRecap recap) {
    return List.of(
        "Kode",
        lineLevel(recap),
        "Desa/Kelurahan",
        "Kampung KB",
        "Cakupan (%)",
        "Kampung KB baru " + recap.year(),
        "Dasar",
        "Berkembang",
        "Mandiri",
        "Berkelanjutan",
        "Belum diklasifikasi",
        "COE",
        "Kegiatan " + recap.year(),
        "Peserta hadir " + recap.year());
  }

  /** The rows of the XLSX sheet: the lines and the total, figures as numbers. */
  static List<List<Object>> xlsxRows(AreaRecap recap) {
    List<List<Object>> rows = new ArrayList<>();
    for (AreaRecap.Line l : recap.lines()) {
      rows.add(cells(l));
    }
    List<Object> total = cells(recap.total());
    total.set(0, "");
    rows.add(total);
    return rows;
  }

  static byte[] xlsx(AreaRecap recap, List<List<Object>> rows) {
    return XlsxWriter.write("Rekapitulasi " + recap.year(), xlsxHeader(recap), rows);
  }

  /** The recap's sheet, then the sheet "Sumber data": the months of figures its classes used. */
  static byte[] xlsx(AreaRecap recap, List<List<Object>> rows, DataBasis basis) {
    return XlsxWriter.write(
        List.of(
            new XlsxWriter.SheetContent("Rekapitulasi " + recap.year(), xlsxHeader(recap), rows),
            new XlsxWriter.SheetContent(
                "Sumber data", RecapSources.header(), RecapSources.rows(basis))));
  }

  static String title(AreaRecap a) {
    return "REKAPITULASI KAMPUNG KB "
        + (a.province() ? "PROVINSI " : "")
        + a.areaName().toUpperCase(INDONESIAN);
  }

  static String lineLevel(AreaRecap a) {
    return switch (a.level()) {
      case COUNTRY -> "Provinsi";
      case PROVINCE -> "Kabupaten/Kota";
      case REGENCY -> "Kecamatan";
      case DISTRICT -> "Desa/Kelurahan";
    };
  }

  private static RecapRow row(
      String number,
      String name,
      AreaRecap.Line l,
      boolean total,
      NumberFormat integer,
      NumberFormat decimal) {
    List<Object> cells = cells(l);
    String[] figures = new String[12];
    for (int i = 0; i < 12; i++) {
      Object v = cells.get(i + 2);
      String text = i == 2 ? decimal.format(v) : integer.format(v);
      figures[i] = total ? "<b>" + text + "</b>" : text;
    }
    return new RecapRow(number, name, total, figures);
  }

  private static List<Object> cells(AreaRecap.Line l) {
    List<Object> c = new ArrayList<>();
    c.add(l.code());
    c.add(l.name());
    c.add(l.villages());
    c.add(l.kampungKb());
    c.add(l.coverage());
    c.add(l.declaredInYear());
    for (KampungKbClass k : KampungKbClass.values()) {
      c.add(l.classes().getOrDefault(k, 0L));
    }
    c.add(l.notClassified());
    c.add(l.coe());
    c.add(l.events());
    c.add(l.participants());
    return c;
  }
}
