package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.assessment.domain.Classification;
import id.go.lampungprov.kkb.assessment.domain.ClassificationInput;
import id.go.lampungprov.kkb.assessment.domain.ClassificationRepository;
import id.go.lampungprov.kkb.assessment.domain.ClassificationResult;
import id.go.lampungprov.kkb.assessment.domain.ClassificationRuleSet;
import id.go.lampungprov.kkb.assessment.domain.PortalRuleSet;
import id.go.lampungprov.kkb.platform.cluster.DataVersion;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.registration.domain.InterventionRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbDataChanged;
import id.go.lampungprov.kkb.registration.domain.KampungKbDataChangedInBulk;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.MonthlyFiguresRepository;
import id.go.lampungprov.kkb.registration.domain.ProfileRepository;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps classifications current: when a profile, the monthly figures or the interventions of a
 * Kampung KB change, the registry announces it and the class is computed again in the same
 * transaction; a different result becomes current, the old one stays as history.
 */
@ApplicationScoped
public class ClassificationRecomputer {

  /** The family-planning offices themselves: their work is not cross-sector. */
  static final Set<String> KB_AGENCIES = Set.of("BKKBN", "OPD_KB_KAB");

  private final ClassificationRuleSet rules = new PortalRuleSet();
  private final Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));

  @Inject private ClassificationRepository classifications;
  @Inject private KampungKbRepository registry;
  @Inject private ProfileRepository profiles;
  @Inject private MonthlyFiguresRepository figures;
  @Inject private InterventionRepository interventions;
  @EJB private ClassificationBatch batch;
  @Inject private DataVersion dataVersion;

  void onChange(@Observes KampungKbDataChanged change) {
    registry.find(change.kampungKbId()).ifPresent(this::recompute);
  }

  /** After a bulk import has committed, reclassifies in the background, in small transactions. */
  void onBulkChange(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) KampungKbDataChangedInBulk change) {
    batch.recompute(change.kampungKbIds());
  }

  public ClassificationRuleSet rules() {
    return rules;
  }

  /** Computes the class now; returns the current classification, new or unchanged. */
  public Classification recompute(KampungKb kkb) {
    Optional<KampungKbProfile> profile =
        profiles.of(kkb).stream().filter(KampungKbProfile::active).findFirst();
    Optional<MonthlyFigures> latest =
        figures.of(kkb).stream().max(Comparator.comparing(MonthlyFigures::period));
    int agencies =
        (int)
            interventions.of(kkb).stream()
                .map(Intervention::agency)
                .map(a -> a.code())
                .filter(code -> !KB_AGENCIES.contains(code))
                .distinct()
                .count();
    Optional<YearMonth> period = latest.map(MonthlyFigures::period);
    ClassificationResult result =
        rules.classify(
            new ClassificationInput(
                profile.map(KampungKbProfile::checklist),
                period,
                latest.map(MonthlyFigures::figures),
                agencies));
    Optional<Classification> current = classifications.current(kkb);
    if (current.isPresent() && current.get().sameAs(period, result)) {
      return current.get();
    }
    current.ifPresent(
        c -> {
          c.supersede();
          classifications.flush();
        });
    Classification next = new Classification(kkb, period, result, LocalDateTime.now(clock));
    classifications.add(next);
    classifications.flush();
    // Classifications are not audited (they follow from audited data), but recaps count them.
    dataVersion.changed();
    return next;
  }
}
