package id.go.lampungprov.kkb.monitoring.domain;

import java.util.List;

/**
 * A Kampung KB expected to report a month whose figures are not recorded, and who is responsible:
 * the active regency operators whose scope covers its village (its district's, then its regency's).
 */
public record MissingReport(
    long kampungKbId, String name, String villageCode, List<Responsible> responsible) {

  public MissingReport {
    responsible = List.copyOf(responsible);
  }

  /** An account responsible for entering a Kampung KB's figures. */
  public record Responsible(String username, String fullName, String scopeCode) {}
}
