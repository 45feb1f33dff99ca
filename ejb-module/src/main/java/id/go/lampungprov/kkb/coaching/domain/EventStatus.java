package id.go.lampungprov.kkb.coaching.domain;

/**
 * Where an event stands. Planned → held → reported; a planned event may be cancelled. A reported
 * event is frozen until a province officer reopens it with a reason.
 */
public enum EventStatus {
  PLANNED,
  HELD,
  REPORTED,
  CANCELLED
}
