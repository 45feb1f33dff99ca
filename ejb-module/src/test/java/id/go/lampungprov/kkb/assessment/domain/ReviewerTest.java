package id.go.lampungprov.kkb.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewerTest {

  private static final List<TeamMember> TEAM =
      List.of(new TeamMember("ketua", true), new TeamMember("anggota", false));

  @Test
  void nobodyReviewsAnAssessmentTheyScored() {
    for (String member : List.of("ketua", "anggota")) {
      Reviewer onTeam = new Reviewer(member, RegionLevel.PROVINCE);
      assertThrows(
          AccessDeniedException.class,
          () -> onTeam.requireMayVerify(AssessmentStage.REGENCY, TEAM));
      AccessDeniedException e =
          assertThrows(AccessDeniedException.class, () -> onTeam.requireMayApprove(TEAM));
      assertTrue(e.getMessage().contains("team"), e.getMessage());
    }
    assertDoesNotThrow(() -> new Reviewer("pejabat", RegionLevel.PROVINCE).requireMayApprove(TEAM));
  }

  @Test
  void theProvinceStageAndApprovalNeedAProvinceScope() {
    Reviewer regency = new Reviewer("operator", RegionLevel.REGENCY);
    assertDoesNotThrow(() -> regency.requireMayVerify(AssessmentStage.REGENCY, TEAM));
    assertThrows(
        AccessDeniedException.class,
        () -> regency.requireMayVerify(AssessmentStage.PROVINCE, TEAM));
    assertThrows(AccessDeniedException.class, () -> regency.requireMayApprove(TEAM));

    Reviewer province = new Reviewer("pejabat", RegionLevel.PROVINCE);
    assertDoesNotThrow(() -> province.requireMayVerify(AssessmentStage.PROVINCE, TEAM));
    assertDoesNotThrow(() -> province.requireMayApprove(TEAM));
  }
}
