package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A regency's month whose figures were approved: nothing of that month may be written until a
 * province officer reopens it.
 */
public record LockedPeriod(
    RegionCode regency, YearMonth period, String approvedBy, Instant approvedAt) {

  /** The rule a write into a locked month breaks (409 on the API, a row error on import). */
  public static final String RULE = "period-locked";

  /** Why a write into this month is refused, naming the month and the regency. */
  public String reason() {
    return "the figures of "
        + period
        + " in regency "
        + regency.value()
        + " are approved and locked (approved by "
        + approvedBy
        + "); a province officer may reopen the month";
  }

  public ConflictException refusal() {
    return new ConflictException("period", RULE, reason());
  }
}
