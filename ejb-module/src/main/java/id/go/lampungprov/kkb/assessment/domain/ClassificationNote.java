package id.go.lampungprov.kkb.assessment.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes of a classification's explanation in the reader's language. Notes are stored as the
 * rule set wrote them (English, stable for the API and the audit); pages and reports print them in
 * Bahasa Indonesia through this one translation.
 */
public final class ClassificationNote {

  private static final Pattern DENOMINATOR =
      Pattern.compile("not assessable: the denominator is 0 in the figures of (.+)");
  private static final Pattern FIGURES = Pattern.compile("figures of (.+)");

  private ClassificationNote() {}

  /** The note for a reader in {@code locale}; a note not known here comes back as it is. */
  public static String text(String note, Locale locale) {
    if (note == null || note.isBlank()) {
      return note;
    }
    boolean indonesian = !"en".equals(locale.getLanguage());
    Matcher m = DENOMINATOR.matcher(note);
    if (m.matches()) {
      return indonesian
          ? "tidak dapat dinilai: penyebutnya 0 pada data bulan " + m.group(1)
          : "not assessable: the denominator is 0 in the figures of " + m.group(1);
    }
    m = FIGURES.matcher(note);
    if (m.matches()) {
      return indonesian ? "data bulan " + m.group(1) : note;
    }
    return switch (note) {
      case "no active profile" -> indonesian ? "belum ada profil aktif" : note;
      case "no monthly figures" -> indonesian ? "belum ada data bulanan" : note;
      case "distinct agencies other than BKKBN and the OPD KB in interventions" ->
          indonesian ? "jumlah instansi selain BKKBN dan OPD KB yang melakukan intervensi" : note;
      default -> note;
    };
  }
}
