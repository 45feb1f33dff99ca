package id.go.lampungprov.kkb.reporting.application;

import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Indonesian names of the domain's values as printed in reports, from {@code labels.properties}.
 */
final class ReportLabels {

  private static final ResourceBundle LABELS =
      ResourceBundle.getBundle("id.go.lampungprov.kkb.reporting.labels");

  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private ReportLabels() {}

  /** A classification indicator's name, e.g. {@code CPR}; the code itself if none is kept. */
  static String indicator(String code) {
    try {
      return "Indikator " + LABELS.getString("Indicator." + code);
    } catch (MissingResourceException e) {
      return "Indikator " + code;
    }
  }

  static String of(Enum<?> value) {
    if (value == null) {
      return "-";
    }
    try {
      return LABELS.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
    } catch (MissingResourceException e) {
      return value.name().replace('_', ' ').toLowerCase();
    }
  }

  static String list(Collection<? extends Enum<?>> values) {
    return values == null || values.isEmpty()
        ? "-"
        : values.stream().map(ReportLabels::of).sorted().collect(Collectors.joining(", "));
  }

  static String yesNo(boolean b) {
    return b ? "Ya" : "Tidak";
  }
}
