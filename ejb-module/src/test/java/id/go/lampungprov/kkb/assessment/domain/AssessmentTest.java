package id.go.lampungprov.kkb.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The assessment's workflow: independent scores, the chair's consensus, review and return. */
class AssessmentTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2020, 6, 5, 9, 0);
  private static final String CHAIR = "ketua";
  private static final String MEMBER = "anggota";
  private static final Reviewer REGENCY = new Reviewer("operator", RegionLevel.REGENCY);
  private static final Reviewer PROVINCE = new Reviewer("pejabat", RegionLevel.PROVINCE);

  /** Two indicators, weights 60 and 40; bands COE ≥ 80, Mandiri ≥ 60, Berkembang ≥ 30. */
  private static Instrument instrument(boolean published) {
    Instrument instrument =
        new Instrument(
            "COE-UJI",
            1,
            "Instrumen uji",
            List.of(indicator("A1", 60), indicator("B1", 40)),
            new int[] {80, 60, 30},
            NOW);
    if (published) {
      instrument.publish();
    }
    return instrument;
  }

  private static InstrumentIndicator indicator(String code, int weight) {
    return new InstrumentIndicator(
        "Kelembagaan", code, "Indikator " + code, weight, List.of("1", "2", "3", "4"), null);
  }

  private static Assessment assessment(List<TeamMember> team) {
    return new Assessment(
        null, instrument(true), " 2020 ", AssessmentStage.REGENCY, team, null, NOW);
  }

  private static Assessment draft() {
    return assessment(List.of(new TeamMember(CHAIR, true), new TeamMember(MEMBER, false)));
  }

  /** Both assessors score both indicators and submit. */
  private static Assessment scored(int chairA1, int memberA1, int b1) {
    Assessment a = draft();
    a.score(CHAIR, "A1", chairA1, "Dokumen", NOW);
    a.score(CHAIR, "B1", b1, null, NOW);
    a.score(MEMBER, "A1", memberA1, null, NOW);
    a.score(MEMBER, "B1", b1, null, NOW);
    a.submitScores(CHAIR, NOW);
    a.submitScores(MEMBER, NOW);
    return a;
  }

  private static void assertRule(String field, String rule, Executable action) {
    InvalidInputException e = assertThrows(InvalidInputException.class, action);
    assertEquals(field + "/" + rule, e.field() + "/" + e.rule(), e.getMessage());
  }

  private static void assertConflict(String rule, Executable action) {
    ConflictException e = assertThrows(ConflictException.class, action);
    assertEquals(rule, e.rule(), e.getMessage());
  }

  @Test
  void aTeamIsAtLeastTwoDistinctAssessorsWithOneChairOnAPublishedInstrument() {
    TeamMember chair = new TeamMember(CHAIR, true);
    assertRule("team", "min-assessors", () -> assessment(List.of(chair)));
    assertRule("team", "one-chair", () -> assessment(List.of(chair, new TeamMember(MEMBER, true))));
    assertRule(
        "team",
        "one-chair",
        () -> assessment(List.of(new TeamMember(MEMBER, false), new TeamMember("lain", false))));
    assertRule("team", "unique", () -> assessment(List.of(chair, new TeamMember(CHAIR, false))));
    assertRule(
        "instrumentId",
        "published",
        () ->
            new Assessment(
                null,
                instrument(false),
                "2020",
                AssessmentStage.REGENCY,
                List.of(chair, new TeamMember(MEMBER, false)),
                null,
                NOW));
    Assessment a = draft();
    assertEquals("2020", a.period());
    assertEquals(AssessmentStatus.DRAFT, a.status());
  }

  @Test
  void scoresAreSubmittedOnlyWhenEveryIndicatorIsScoredAndOnlyOnce() {
    Assessment a = draft();
    a.score(CHAIR, "A1", 3, null, NOW);
    assertRule("scores", "incomplete", () -> a.submitScores(CHAIR, NOW));
    assertConflict("once", () -> a.score(CHAIR, "A1", 4, null, NOW));
    assertRule("indicator", "unknown-indicator", () -> a.score(CHAIR, "Z9", 3, null, NOW));
    assertRule("level", "range", () -> a.score(CHAIR, "B1", 5, null, NOW));
    assertRule("level", "range", () -> a.score(CHAIR, "B1", 0, null, NOW));
    assertThrows(AccessDeniedException.class, () -> a.score("tamu", "B1", 3, null, NOW));

    a.score(CHAIR, "B1", 2, null, NOW);
    a.submitScores(CHAIR, NOW);
    assertConflict("submitted", () -> a.submitScores(CHAIR, NOW));
    assertConflict("submitted", () -> a.score(CHAIR, "B1", 4, null, NOW));
    assertFalse(a.allSubmitted());
  }

  @Test
  void nobodySeesAnotherAssessorsScoresUntilEveryoneHasSubmitted() {
    Assessment a = draft();
    a.score(CHAIR, "A1", 3, null, NOW);
    a.score(CHAIR, "B1", 3, null, NOW);
    a.score(MEMBER, "A1", 1, null, NOW);
    a.submitScores(CHAIR, NOW);
    assertEquals(2, a.scoresVisibleTo(CHAIR).size());
    assertEquals(1, a.scoresVisibleTo(MEMBER).size());
    assertEquals(Optional.empty(), a.consolidated("A1"), "no mean before all submitted");
    a.score(MEMBER, "B1", 2, null, NOW);
    a.submitScores(MEMBER, NOW);
    assertEquals(4, a.scoresVisibleTo(MEMBER).size());
    assertEquals(Optional.of(new BigDecimal("2.00")), a.consolidated("A1"));
  }

  @Test
  void onlyTheChairAgreesALevelAndOnlyWhereTheScoresDifferByTwoOrMore() {
    Assessment pending = draft();
    assertConflict("scores-pending", () -> pending.agree(CHAIR, "A1", 3, "Rapat tim"));

    Assessment a = scored(4, 1, 3);
    assertThrows(AccessDeniedException.class, () -> a.agree(MEMBER, "A1", 3, "Rapat tim"));
    assertConflict("no-disagreement", () -> a.agree(CHAIR, "B1", 3, "Rapat tim"));
    assertRule("indicator", "unknown-indicator", () -> a.agree(CHAIR, "Z9", 3, "Rapat tim"));
    assertRule("reason", "required", () -> a.agree(CHAIR, "A1", 3, " "));
    assertRule("level", "range", () -> a.agree(CHAIR, "A1", 5, "Rapat tim"));
    assertEquals(Optional.of(new BigDecimal("2.50")), a.consolidated("A1"), "the mean");

    a.agree(CHAIR, "A1", 2, "Bukti lapangan kurang");
    a.agree(CHAIR, "A1", 3, "Setelah wawancara"); // agreed again: replaces, not adds
    assertEquals(1, a.consensus().size());
    assertEquals(Optional.of(new BigDecimal("3.00")), a.consolidated("A1"));
  }

  @Test
  void theChairSubmitsTheWeightedTotalAndItsCategory() {
    Assessment pending = draft();
    assertConflict("scores-pending", () -> pending.submit(CHAIR));

    Assessment a = scored(4, 4, 4);
    assertThrows(AccessDeniedException.class, () -> a.submit(MEMBER));
    a.submit(CHAIR);
    assertEquals(AssessmentStatus.SUBMITTED, a.status());
    assertEquals(Optional.of(new BigDecimal("100.00")), a.total());
    assertEquals(Optional.of(AssessmentCategory.COE), a.category());

    // A1 (60 %) at 2, B1 (40 %) at 3: (60 × 1 + 40 × 2) / 3 = 46.67, Berkembang.
    Assessment b = scored(2, 2, 3);
    b.submit(CHAIR);
    assertEquals(Optional.of(new BigDecimal("46.67")), b.total());
    assertEquals(Optional.of(AssessmentCategory.BERKEMBANG), b.category());
    assertConflict("status-submitted", () -> b.score(CHAIR, "A1", 1, null, NOW));
  }

  @Test
  void aReturnedAssessmentIsADraftAgainWithItsReasonAndNoTotal() {
    Assessment draft = scored(3, 3, 3);
    assertConflict("status-draft", () -> draft.returnToDraft("Lengkapi bukti", REGENCY));

    Assessment a = scored(3, 3, 3);
    a.submit(CHAIR);
    assertRule("reason", "required", () -> a.returnToDraft("  ", REGENCY));
    assertThrows(
        AccessDeniedException.class,
        () -> a.returnToDraft("Lengkapi bukti", new Reviewer(MEMBER, RegionLevel.PROVINCE)));
    assertEquals(AssessmentStatus.SUBMITTED, a.status(), "nothing changed by a refusal");

    a.returnToDraft(" Lengkapi bukti ", REGENCY);
    assertEquals(AssessmentStatus.DRAFT, a.status());
    assertEquals("Lengkapi bukti", a.statusReason());
    assertTrue(a.total().isEmpty() && a.category().isEmpty());
    assertTrue(a.allSubmitted(), "the scores stay");
    a.submit(CHAIR);
    assertEquals(AssessmentStatus.SUBMITTED, a.status(), "the chair submits again");
    assertEquals(Optional.of(new BigDecimal("66.67")), a.total());
  }

  @Test
  void verifiedThenApprovedLocksTheAssessment() {
    Assessment a = scored(3, 3, 3);
    assertConflict("status-draft", () -> a.verify(REGENCY));
    a.submit(CHAIR);
    assertConflict("status-submitted", () -> a.approve(PROVINCE));
    a.verify(REGENCY);
    assertEquals(AssessmentStatus.VERIFIED, a.status());
    assertThrows(AccessDeniedException.class, () -> a.approve(REGENCY));
    a.approve(PROVINCE);
    assertEquals(AssessmentStatus.APPROVED, a.status());
    assertConflict("locked", () -> a.returnToDraft("Terlambat", PROVINCE));
    assertConflict("locked", () -> a.score(CHAIR, "A1", 1, null, NOW));
    assertConflict("locked", () -> a.submit(CHAIR));
  }
}
