package id.go.lampungprov.kkb.assessment.web;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.TeamMemberDto;
import jakarta.faces.context.FacesContext;

/**
 * What an assessment waits for from the current user: the same rules the service enforces, only to
 * sort the list and show the right buttons (the service still decides).
 */
final class Tasks {

  static final String SCORE = "score";
  static final String CONSOLIDATE = "consolidate";
  static final String VERIFY = "verify";
  static final String APPROVE = "approve";

  private Tasks() {}

  static String username() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  static boolean role(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  static TeamMemberDto member(AssessmentDto a, String username) {
    return a.team().stream().filter(m -> m.username.equals(username)).findFirst().orElse(null);
  }

  /** The regency operator verifies the regency stage, the province officer the province stage. */
  static boolean verifier(AssessmentDto a) {
    return a.stage().equals("PROVINCE") ? role("PROVINCE_OFFICER") : role("REGENCY_OPERATOR");
  }

  /** The user's next step on the assessment, or null. */
  static String task(AssessmentDto a, String username) {
    TeamMemberDto m = member(a, username);
    switch (a.status()) {
      case "DRAFT":
        if (m != null && m.submittedAt == null) {
          return SCORE;
        }
        if (m != null && m.chair && a.allScoresSubmitted()) {
          return CONSOLIDATE;
        }
        return null;
      case "SUBMITTED":
        return verifier(a) ? VERIFY : null;
      case "VERIFIED":
        return role("PROVINCE_OFFICER") ? APPROVE : null;
      default:
        return null;
    }
  }
}
