package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import java.util.Collection;
import java.util.Objects;

/**
 * Who verifies, returns or approves an assessment: a user name and the level of their scope. Two
 * rules hold whatever the role: nobody reviews an assessment they scored (they are on its team),
 * and what belongs to the province (verifying the province stage, approving) needs a province
 * scope.
 */
public record Reviewer(String username, RegionLevel scopeLevel) {

  public Reviewer {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(scopeLevel, "scopeLevel");
  }

  /** Verifying or returning a submitted or verified assessment of {@code stage}. */
  public void requireMayVerify(AssessmentStage stage, Collection<TeamMember> team) {
    requireNotOnTeam(team);
    if (stage == AssessmentStage.PROVINCE && scopeLevel != RegionLevel.PROVINCE) {
      throw new AccessDeniedException("the province stage is verified at province scope");
    }
  }

  /** Approving, which locks the result and may designate a Center of Excellence. */
  public void requireMayApprove(Collection<TeamMember> team) {
    requireNotOnTeam(team);
    if (scopeLevel != RegionLevel.PROVINCE) {
      throw new AccessDeniedException("an assessment is approved at province scope");
    }
  }

  private void requireNotOnTeam(Collection<TeamMember> team) {
    if (team.stream().anyMatch(m -> m.username().equals(username))) {
      throw new AccessDeniedException(
          "you are on the team of this assessment; someone who did not score it reviews it");
    }
  }
}
