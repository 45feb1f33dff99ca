package id.go.lampungprov.kkb.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClassificationNoteTest {

  private static final Locale ID = Locale.forLanguageTag("id");

  @Test
  void everyNoteTheRuleSetWritesReadsInIndonesian() {
    ClassificationResult empty =
        new PortalRuleSet()
            .classify(
                new ClassificationInput(Optional.empty(), Optional.empty(), Optional.empty(), 0));
    for (IndicatorResult i : empty.indicators()) {
      String note = ClassificationNote.text(i.note(), ID);
      if (note != null) {
        assertEquals(
            false,
            note.matches(".*\\b(the|no|of|figures|agencies)\\b.*"),
            i.code() + " still reads: " + note);
      }
    }
  }

  @Test
  void theMonthIsKept() {
    assertEquals("data bulan 2024-05", ClassificationNote.text("figures of 2024-05", ID));
    assertEquals(
        "tidak dapat dinilai: penyebutnya 0 pada data bulan 2024-05",
        ClassificationNote.text(
            "not assessable: the denominator is 0 in the figures of 2024-05", ID));
    assertEquals(
        "figures of 2024-05", ClassificationNote.text("figures of 2024-05", Locale.ENGLISH));
  }

  @Test
  void anUnknownNoteComesBackAsItIs() {
    assertEquals("catatan lain", ClassificationNote.text("catatan lain", ID));
    assertEquals(null, ClassificationNote.text(null, ID));
  }
}
