package id.go.lampungprov.kkb.monitoring.application;

import id.go.lampungprov.kkb.monitoring.domain.InpresActivity;
import id.go.lampungprov.kkb.monitoring.domain.InpresCatalogue;
import id.go.lampungprov.kkb.monitoring.domain.InpresRepository;
import id.go.lampungprov.kkb.monitoring.domain.InterventionInpresTags;
import id.go.lampungprov.kkb.registration.application.InterventionService;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.security.application.CurrentUser;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Tags interventions to the activities of the current Inpres catalogue. The intervention is read
 * through registration's {@link InterventionService} (not found outside the caller's scope) and
 * changed only by those who may change the intervention itself: regency operators and province
 * officers whose scope covers its Kampung KB, as {@code InterventionService.update} checks.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class InpresTagging {

  @Inject private InpresRepository inpres;
  @Inject private ScopeGuard scopeGuard;
  @Inject private CurrentUser currentUser;
  @EJB private InterventionService interventions;

  private final Clock clock = Clock.system(ReportingClock.ZONE);

  /** The catalogue tags are made against now, the whole tree. */
  @RolesAllowed(Role.Names.STAFF)
  public InpresCatalogue catalogue() {
    return inpres.current();
  }

  /** The intervention's tags; none yet answers an empty set at version 0. */
  @RolesAllowed(Role.Names.STAFF)
  public InterventionInpresTags tags(long interventionId) {
    Intervention intervention = interventions.get(interventionId);
    return inpres.tags(interventionId).orElseGet(() -> untagged(intervention));
  }

  /** The stored tags of these interventions (all readable by whoever listed them). */
  @RolesAllowed(Role.Names.STAFF)
  public List<InterventionInpresTags> tagsOf(Collection<Long> interventionIds) {
    return inpres.tags(interventionIds).stream()
        .filter(t -> scopeGuard.scope().covers(t.auditRegion()))
        .toList();
  }

  /**
   * Replaces the intervention's tags with the activities the codes name (an empty list removes
   * them).
   *
   * @param expectedVersion the version read (If-Match), null to overwrite
   */
  public InterventionInpresTags tag(
      long interventionId, Long expectedVersion, Collection<String> activityCodes) {
    Intervention intervention = interventions.get(interventionId);
    scopeGuard.checkWrite(intervention.kampungKb().village());
    List<InpresActivity> activities = inpres.current().activities(activityCodes);
    Optional<InterventionInpresTags> stored = inpres.tags(interventionId);
    InterventionInpresTags tags = stored.orElseGet(() -> untagged(intervention));
    StaleVersionException.check(
        expectedVersion, tags.version(), "the Inpres tags of intervention " + interventionId);
    tags.replace(activities, currentUser.username(), clock.instant());
    if (stored.isPresent()) {
      inpres.flush();
    } else {
      inpres.add(tags);
    }
    return tags;
  }

  private static InterventionInpresTags untagged(Intervention intervention) {
    return new InterventionInpresTags(intervention.id(), intervention.kampungKb().village());
  }
}
