package id.go.lampungprov.kkb.portal.infrastructure;

import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.registration.domain.InterventionPhoto;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbStatus;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads of the public portal that no staff repository offers: they cross registration,
 * assessment and coaching (a directory filtered by class, events with their Kampung KB) and read
 * only what the portal may show. Every query keeps to active Kampung KB.
 */
@ApplicationScoped
public class PublicQueries {

  /** Not a class: the directory filter for Kampung KB without a current classification. */
  public static final String NOT_CLASSIFIED = "NOT_CLASSIFIED";

  @PersistenceContext private EntityManager em;

  /** The directory's filters; empty and null ones do not filter. */
  public record Filter(
      String regionPrefix,
      String text,
      Optional<KampungKbClass> kampungKbClass,
      boolean notClassified,
      Optional<ModelStatus> model,
      PageRequest page) {}

  public Page<KampungKb> directory(Filter f) {
    PagedQuery<KampungKb> q =
        PagedQuery.of(KampungKb.class, "k")
            .within("k.villageCode", f.regionPrefix())
            .and("k.status = :status", "status", KampungKbStatus.ACTIVE)
            .batch("criteria");
    if (f.text() != null && !f.text().isBlank()) {
      q.containsIgnoreCase("k.name", "text", f.text().strip());
    }
    f.model().ifPresent(m -> q.and("k.modelStatus = :model", "model", m));
    f.kampungKbClass()
        .ifPresent(
            c ->
                q.and(
                    "EXISTS (SELECT c FROM Classification c WHERE c.currentKey = k.id"
                        + " AND c.kampungKbClass = :cls)",
                    "cls",
                    c));
    if (f.notClassified()) {
      q.and(
          "(SELECT COUNT(c) FROM Classification c WHERE c.currentKey = k.id) = :none", "none", 0L);
    }
    return q.page(em, "k.villageCode, k.id", f.page());
  }

  /** The current class of each of these Kampung KB that has one. */
  public Map<Long, KampungKbClass> classes(Collection<Long> kampungKbIds) {
    Map<Long, KampungKbClass> result = new HashMap<>();
    if (kampungKbIds.isEmpty()) {
      return result;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT c.currentKey, c.kampungKbClass FROM Classification c"
                    + " WHERE c.currentKey IN :ids",
                Object[].class)
            .setParameter("ids", List.copyOf(kampungKbIds))
            .getResultList()) {
      result.put((Long) row[0], (KampungKbClass) row[1]);
    }
    return result;
  }

  public Optional<KampungKb> activeKampungKb(long id) {
    return Optional.ofNullable(em.find(KampungKb.class, id))
        .filter(k -> k.status() == KampungKbStatus.ACTIVE);
  }

  /** An event held: its start, title, and the active Kampung KB of its venue village. */
  public record HeldEvent(LocalDate date, String title, Long kampungKbId, String kampungKb) {}

  /** The latest events held or reported, newest first. */
  public List<HeldEvent> latestEventsHeld(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.starts_at, e.title, k.id, k.name FROM coaching_event e"
                    + " LEFT JOIN kampung_kb k ON k.active_village_key = e.venue_village"
                    + " WHERE e.status IN ('HELD', 'REPORTED')"
                    + " ORDER BY e.starts_at DESC, e.id DESC")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new HeldEvent(
                    day(r[0]),
                    (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(),
                    (String) r[3]))
        .toList();
  }

  /** An event held at a Kampung KB, with the participants present. */
  public record EventAt(LocalDate date, String title, long present) {}

  /**
   * The events held or reported at the Kampung KB: in its village, or naming it among their
   * targets; newest first. Present participants are counted as the recap counts them.
   */
  public List<EventAt> eventsAt(KampungKb k) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.id, e.starts_at, e.title,"
                    + " SUM(CASE WHEN p.attendance = 'PRESENT' THEN 1 ELSE 0 END)"
                    + " FROM coaching_event e LEFT JOIN participant p ON p.event_id = e.id"
                    + " WHERE e.status IN ('HELD', 'REPORTED') AND (e.venue_village = ?"
                    + " OR e.id IN (SELECT t.event_id FROM coaching_event_target t"
                    + " WHERE t.kampung_kb_id = ?))"
                    + " GROUP BY e.id, e.starts_at, e.title ORDER BY e.starts_at DESC, e.id DESC")
            .setParameter(1, k.village().value())
            .setParameter(2, k.id())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new EventAt(
                    day(r[1]), (String) r[2], r[3] == null ? 0 : ((Number) r[3]).longValue()))
        .toList();
  }

  /** An active Kampung KB with coordinates, and its current class (null: none yet). */
  public record Located(
      long id, String name, KampungKbClass kampungKbClass, BigDecimal lat, BigDecimal lon) {}

  public List<Located> located() {
    return em
        .createQuery(
            "SELECT k.id, k.name, c.kampungKbClass, k.location.latitude, k.location.longitude"
                + " FROM KampungKb k LEFT JOIN Classification c ON c.currentKey = k.id"
                + " WHERE k.status = :status AND k.location.latitude IS NOT NULL"
                + " AND k.location.longitude IS NOT NULL ORDER BY k.villageCode, k.id",
            Object[].class)
        .setParameter("status", KampungKbStatus.ACTIVE)
        .getResultList()
        .stream()
        .map(
            r ->
                new Located(
                    (Long) r[0],
                    (String) r[1],
                    (KampungKbClass) r[2],
                    (BigDecimal) r[3],
                    (BigDecimal) r[4]))
        .toList();
  }

  /** A photo staff marked public, of an intervention at an active Kampung KB. */
  public Optional<InterventionPhoto> publicPhoto(long id) {
    return em.createQuery(
            "SELECT p FROM InterventionPhoto p WHERE p.id = :id AND p.publicPhoto = TRUE"
                + " AND p.intervention.kampungKb.status = :status",
            InterventionPhoto.class)
        .setParameter("id", id)
        .setParameter("status", KampungKbStatus.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  private static LocalDate day(Object o) {
    if (o instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (o instanceof java.time.LocalDateTime t) {
      return t.toLocalDate();
    }
    return ((java.sql.Date) o).toLocalDate();
  }
}
