package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.HashSet;
import java.util.List;

/**
 * An assessment's team and its rules: at least {@link #MIN_ASSESSORS} assessors, each once, one of
 * them chairing; who is on it, who may consolidate, who has handed in. A view over the aggregate's
 * team list, which stays the persistent state, so nothing here needs keeping in step.
 */
final class Jury {

  static final int MIN_ASSESSORS = 2;

  private final List<TeamMember> members;

  Jury(List<TeamMember> members) {
    this.members = members;
  }

  /** The team of a new assessment, once it is checked to be a valid one. */
  static List<TeamMember> checked(List<TeamMember> team) {
    if (team == null || team.size() < MIN_ASSESSORS) {
      throw new InvalidInputException(
          "team", "min-assessors", "a team has at least " + MIN_ASSESSORS + " assessors");
    }
    if (team.stream().filter(TeamMember::chair).count() != 1) {
      throw new InvalidInputException("team", "one-chair", "exactly one assessor chairs the team");
    }
    if (new HashSet<>(team.stream().map(TeamMember::username).toList()).size() != team.size()) {
      throw new InvalidInputException("team", "unique", "an assessor is on the team once");
    }
    return List.copyOf(team);
  }

  TeamMember member(String username) {
    return members.stream()
        .filter(m -> m.username().equals(username))
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("you are not on the team of this assessment"));
  }

  /** A member whose scores are still open: not handed in yet. */
  TeamMember openMember(String username) {
    TeamMember member = member(username);
    if (member.submitted()) {
      throw new ConflictException("assessor", "submitted", "your scores are submitted already");
    }
    return member;
  }

  void requireChair(String username) {
    if (!member(username).chair()) {
      throw new AccessDeniedException("only the chair of the team may do this");
    }
  }

  boolean onTeam(String username) {
    return members.stream().anyMatch(m -> m.username().equals(username));
  }

  boolean allSubmitted() {
    return members.stream().allMatch(TeamMember::submitted);
  }

  /** Consolidating waits for everyone: the chair must not see a partial picture. */
  void requireAllSubmitted() {
    if (!allSubmitted()) {
      throw new ConflictException("scores", "scores-pending", "not every assessor has submitted");
    }
  }
}
