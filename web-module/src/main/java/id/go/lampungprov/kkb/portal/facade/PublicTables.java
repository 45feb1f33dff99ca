package id.go.lampungprov.kkb.portal.facade;

import id.go.lampungprov.kkb.platform.csv.Csv;
import id.go.lampungprov.kkb.platform.spreadsheet.XlsxWriter;
import id.go.lampungprov.kkb.portal.application.PublicViews;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A statistics table as a file: a header, one row per line of the table (the same lines as the
 * JSON), then the total ("Jumlah"). Column titles in Bahasa Indonesia, as in the Rekapitulasi.
 */
public final class PublicTables {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv; charset=UTF-8";

  /** The class columns, in the order of the table (codes as in the JSON). */
  static final List<String> CLASSES = List.of("DASAR", "BERKEMBANG", "MANDIRI", "BERKELANJUTAN");

  static final List<String> HEADER =
      List.of(
          "Kode",
          "Wilayah",
          "Jumlah desa/kelurahan",
          "Kampung KB",
          "Cakupan (%)",
          "Baru dalam tahun",
          "Dasar",
          "Berkembang",
          "Mandiri",
          "Berkelanjutan",
          "Belum diklasifikasi",
          "COE",
          "Kegiatan",
          "Peserta hadir");

  private PublicTables() {}

  /** {@code csv}, {@code xlsx}, or {@code json} (also for null or blank). */
  public static String format(String format) {
    String f =
        format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
    if (!List.of("json", "csv", "xlsx").contains(f)) {
      throw new InvalidInputException("format", "enum", "format must be json, csv or xlsx");
    }
    return f;
  }

  /** The file name: {@code statistik-18.07-2026.csv}. */
  public static String fileName(PublicViews.Statistics s, String format) {
    return "statistik-" + s.code() + "-" + s.year() + "." + format;
  }

  public static byte[] csv(PublicViews.Statistics s) {
    StringBuilder out = new StringBuilder();
    out.append(Csv.line(HEADER));
    for (List<Object> row : rows(s)) {
      out.append(Csv.line(row.stream().map(String::valueOf).toList()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx(PublicViews.Statistics s) {
    return XlsxWriter.write("Statistik " + s.code(), HEADER, rows(s));
  }

  /** The table's rows, figures as numbers: the lines, then the total. */
  static List<List<Object>> rows(PublicViews.Statistics s) {
    List<List<Object>> rows = new ArrayList<>();
    for (PublicViews.StatLine l : s.lines()) {
      rows.add(row(l));
    }
    rows.add(row(s.total()));
    return rows;
  }

  private static List<Object> row(PublicViews.StatLine l) {
    List<Object> row = new ArrayList<>();
    row.add(l.code());
    row.add(l.name());
    row.add(l.villages());
    row.add(l.kampungKb());
    row.add(l.coverage());
    row.add(l.registeredInYear());
    for (String c : CLASSES) {
      row.add(l.classes().getOrDefault(c, 0L));
    }
    row.add(l.notClassified());
    row.add(l.coe());
    row.add(l.events());
    row.add(l.participants());
    return row;
  }
}
