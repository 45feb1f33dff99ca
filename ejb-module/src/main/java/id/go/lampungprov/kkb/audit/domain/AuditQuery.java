package id.go.lampungprov.kkb.audit.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Filters for browsing the audit trail; every filter is optional. */
public record AuditQuery(
    Optional<String> actor,
    Optional<AuditAction> action,
    Optional<String> entityType,
    Optional<String> entityId,
    Optional<Instant> from,
    Optional<Instant> to,
    PageRequest page) {

  public AuditQuery {
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new InvalidInputException("to", "after-from", "to must not be before from");
    }
  }
}
