package id.go.lampungprov.kkb.portal.application;

import id.go.lampungprov.kkb.assessment.domain.ClassIndex;
import id.go.lampungprov.kkb.assessment.domain.Classification;
import id.go.lampungprov.kkb.assessment.domain.IndicatorResult;
import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.registration.domain.Decree;
import id.go.lampungprov.kkb.registration.domain.Intervention;
import id.go.lampungprov.kkb.registration.domain.InterventionPhoto;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps records to the public views field by field. Only what is named here is public: a person
 * (Pokja member, cadre, participant, the field officer of a profile) never reaches a view, and free
 * texts that may name one (descriptions, outcomes, captions) are left out.
 */
public final class PublicMapping {

  /** How a Kampung KB without a current classification is counted and filtered. */
  public static final String NOT_CLASSIFIED = "NOT_CLASSIFIED";

  private PublicMapping() {}

  static String classCode(KampungKbClass c) {
    return c == null ? NOT_CLASSIFIED : c.name();
  }

  /** The open Pokja positions by name, in the order of the roles; who holds them is not public. */
  static List<String> pokjaPositions(Collection<PokjaMember> members) {
    return members.stream()
        .filter(m -> m.term().isOpen())
        .map(PokjaMember::role)
        .distinct()
        .sorted()
        .map(Enum::name)
        .toList();
  }

  static PublicViews.Decree decree(Decree d) {
    return new PublicViews.Decree(d.number(), d.date(), d.issuerLevel().name());
  }

  /** The checklist without the field officer (PKB/PLKB) name and NIP. */
  static PublicViews.Checklist checklist(KampungKbProfile profile) {
    ProfileChecklist c = profile.checklist();
    Map<String, String> mechanisms = new LinkedHashMap<>();
    c.mechanisms().forEach((m, f) -> mechanisms.put(m.name(), f.name()));
    return new PublicViews.Checklist(
        profile.validFrom(),
        c.pokjaExists(),
        c.pokjaHasDecree(),
        c.pokjaTrained(),
        c.pokjaMembers(),
        name(c.regulationLevel()),
        c.hasRkm(),
        names(c.dataSources()),
        names(c.fundingSources()),
        c.hasSecretariat(),
        name(c.rumahDataKu()),
        names(c.poktan()),
        mechanisms);
  }

  static PublicViews.Classification classification(Classification c) {
    return new PublicViews.Classification(
        c.kampungKbClass().name(),
        c.ruleSetVersion(),
        c.period().map(Object::toString).orElse(null),
        c.index(ClassIndex.INPUT).orElse(null),
        c.index(ClassIndex.PROCESS).orElse(null),
        c.index(ClassIndex.OUTPUT).orElse(null),
        c.indicators().stream().map(PublicMapping::indicator).toList());
  }

  static PublicViews.Indicator indicator(IndicatorResult i) {
    return new PublicViews.Indicator(
        i.code(), i.index().name(), i.assessable(), i.rawValue(), i.score(), i.note());
  }

  /** The intervention with only the photos staff marked public; no description or outcome. */
  static PublicViews.Intervention intervention(Intervention i) {
    return new PublicViews.Intervention(
        i.date(),
        i.title(),
        i.agency().name(),
        i.familyFunction().name(),
        i.photos().stream()
            .filter(InterventionPhoto::publicPhoto)
            .map(p -> new PublicViews.Photo(p.id(), p.stage().name()))
            .toList());
  }

  static PublicViews.DirectoryEntry entry(
      KampungKb k, KampungKbClass c, Map<String, String> regionNames) {
    List<String> codes = place(k);
    return new PublicViews.DirectoryEntry(
        k.id(),
        k.name(),
        k.village().value(),
        regionNames.get(codes.get(0)),
        regionNames.get(codes.get(1)),
        regionNames.get(codes.get(2)),
        classCode(c),
        k.modelStatus().name(),
        k.status().name(),
        k.declarationDate());
  }

  /** The codes of the village, its district and its regency. */
  static List<String> place(KampungKb k) {
    List<String> ancestors = k.village().ancestors().stream().map(r -> r.value()).toList();
    // ancestors: province, regency, district (nearest last)
    return List.of(
        k.village().value(),
        ancestors.get(ancestors.size() - 1),
        ancestors.get(ancestors.size() - 2));
  }

  /** A statistics table from the recap of the area: the same lines and total, nothing added. */
  static PublicViews.Statistics statistics(AreaRecap r, String parentCode) {
    return new PublicViews.Statistics(
        r.areaCode(),
        r.areaName(),
        r.level().name(),
        parentCode,
        r.year(),
        r.asOf(),
        r.lines().stream().map(PublicMapping::line).toList(),
        line(r.total()));
  }

  static PublicViews.StatLine line(AreaRecap.Line l) {
    Map<String, Long> classes = new LinkedHashMap<>();
    for (KampungKbClass c : KampungKbClass.values()) {
      classes.put(c.name(), l.classes().getOrDefault(c, 0L));
    }
    return new PublicViews.StatLine(
        l.code(),
        l.name(),
        l.villages(),
        l.kampungKb(),
        l.coverage(),
        l.declaredInYear(),
        classes,
        l.notClassified(),
        l.coe(),
        l.events(),
        l.participants());
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static List<String> names(Collection<? extends Enum<?>> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(Objects::nonNull)
            .sorted(Comparator.comparingInt(Enum::ordinal))
            .map(Enum::name)
            .toList();
  }
}
