package id.go.lampungprov.kkb.reporting.application;

import id.go.lampungprov.kkb.reporting.domain.DataBasis;
import id.go.lampungprov.kkb.reports.format.IndonesianDates;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The recap's note on its data: which months of figures its classes used and whether they were
 * approved, in the PDF's words and as the XLSX's second sheet.
 */
final class RecapSources {

  private static final ResourceBundle LABELS =
      ResourceBundle.getBundle("id.go.lampungprov.kkb.reporting.labels");

  private RecapSources() {}

  /** One sentence, e.g. "Data bulanan yang dipakai klasifikasi: Mei 2020 — 412 Kampung KB (…)". */
  static String note(DataBasis basis) {
    NumberFormat integer = NumberFormat.getIntegerInstance(ReportLabels.INDONESIAN);
    StringBuilder s = new StringBuilder();
    if (basis.months().isEmpty()) {
      s.append(LABELS.getString("DataBasis.none"));
    } else {
      s.append(LABELS.getString("DataBasis.intro"));
      List<String> months = new ArrayList<>();
      for (DataBasis.Month m : basis.months()) {
        months.add(
            format(
                "DataBasis.month", monthName(m.period()), integer.format(m.kampungKb()), state(m)));
      }
      s.append(String.join(";", months)).append('.');
    }
    if (basis.withoutFigures() > 0) {
      s.append(format("DataBasis.without", integer.format(basis.withoutFigures())));
    }
    if (!basis.allApproved()) {
      s.append(LABELS.getString("DataBasis.open"));
    }
    return s.toString();
  }

  /** The XLSX sheet "Sumber data": its header. */
  static List<String> header() {
    return List.of("Bulan data", "Kampung KB", "Bulan disetujui", "Belum disetujui");
  }

  /** A row per month, then one for the Kampung KB without monthly figures. */
  static List<List<Object>> rows(DataBasis basis) {
    List<List<Object>> rows = new ArrayList<>();
    for (DataBasis.Month m : basis.months()) {
      rows.add(
          List.of(
              m.period().toString(), m.kampungKb(), m.approved(), m.kampungKb() - m.approved()));
    }
    List<Object> without = new ArrayList<>();
    without.add("tanpa data bulanan");
    without.add(basis.withoutFigures());
    without.add(null);
    without.add(null);
    rows.add(without);
    return rows;
  }

  private static String state(DataBasis.Month m) {
    if (m.allApproved()) {
      return LABELS.getString("DataBasis.month.approved");
    }
    if (m.approved() == 0) {
      return LABELS.getString("DataBasis.month.notApproved");
    }
    NumberFormat integer = NumberFormat.getIntegerInstance(ReportLabels.INDONESIAN);
    return format(
        "DataBasis.month.partly",
        integer.format(m.approved()),
        integer.format(m.kampungKb() - m.approved()));
  }

  private static String monthName(YearMonth m) {
    return IndonesianDates.month(m.getMonthValue()) + " " + m.getYear();
  }

  private static String format(String key, Object... values) {
    return new MessageFormat(LABELS.getString(key), ReportLabels.INDONESIAN).format(values);
  }
}
