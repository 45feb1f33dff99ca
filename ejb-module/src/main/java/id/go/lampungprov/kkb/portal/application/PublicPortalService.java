package id.go.lampungprov.kkb.portal.application;

import id.go.lampungprov.kkb.assessment.domain.ClassificationRepository;
import id.go.lampungprov.kkb.assessment.domain.KampungKbClass;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.platform.cache.VersionedAnswers;
import id.go.lampungprov.kkb.portal.infrastructure.PublicQueries;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.KampungKbInput;
import id.go.lampungprov.kkb.registration.domain.DecreeRepository;
import id.go.lampungprov.kkb.registration.domain.InterventionPhoto;
import id.go.lampungprov.kkb.registration.domain.InterventionRepository;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbProfile;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.registration.domain.PositionRepository;
import id.go.lampungprov.kkb.registration.domain.ProfileRepository;
import id.go.lampungprov.kkb.registration.domain.RegistryStatistics;
import id.go.lampungprov.kkb.reporting.application.ProvinceRecapService;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the public portal reads, for anyone, without an account: read-only, active Kampung KB
 * only, mapped into {@link PublicViews} by {@link PublicMapping}. The statistics are the recap's
 * ({@link ProvinceRecapService#publicRecap}), so the portal and the Rekapitulasi never disagree.
 * Answers are kept by the data's version ({@link VersionedAnswers}): the same for every visitor,
 * computed once per change rather than once per visitor.
 */
@Stateless
@PermitAll
public class PublicPortalService {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final int LATEST_EVENTS = 10;

  /** Lampung. */
  static final String HOME_PROVINCE = "18";

  @Inject private PublicQueries queries;
  @Inject private KampungKbRepository registry;
  @Inject private ClassificationRepository classifications;
  @Inject private DecreeRepository decrees;
  @Inject private PositionRepository positions;
  @Inject private ProfileRepository profiles;
  @Inject private InterventionRepository interventions;
  @Inject private FileStore files;
  @EJB private RegionService regions;
  @EJB private ProvinceRecapService recaps;
  @Inject private VersionedAnswers answers;

  /** Counts per class, Kampung KB registered per year, the latest events held. */
  public PublicViews.Home home() {
    LocalDate today = LocalDate.now(JAKARTA);
    return answers.answer("public-home", today, true, () -> home(today));
  }

  private PublicViews.Home home(LocalDate today) {
    Map<KampungKbClass, Long> perClass = new EnumMap<>(KampungKbClass.class);
    long notClassified = 0;
    for (Object[] row : classifications.currentClasses("")) {
      KampungKbClass c = (KampungKbClass) row[1];
      if (c == null) {
        notClassified++;
      } else {
        perClass.merge(c, 1L, Long::sum);
      }
    }
    List<PublicViews.ClassCount> classes = new ArrayList<>();
    long total = notClassified;
    for (KampungKbClass c : KampungKbClass.values()) {
      long n = perClass.getOrDefault(c, 0L);
      classes.add(new PublicViews.ClassCount(c.name(), n));
      total += n;
    }
    classes.add(new PublicViews.ClassCount(PublicMapping.NOT_CLASSIFIED, notClassified));
    List<PublicViews.YearCount> perYear =
        RegistryStatistics.count("", registry.allFacts(), today).byYear().stream()
            .map(y -> new PublicViews.YearCount(y.year(), y.declared(), y.cumulative()))
            .toList();
    List<PublicViews.EventHeld> events =
        queries.latestEventsHeld(LATEST_EVENTS).stream()
            .map(
                e -> new PublicViews.EventHeld(e.date(), e.kampungKbId(), e.kampungKb(), e.title()))
            .toList();
    return new PublicViews.Home(total, classes, perYear, events);
  }

  /**
   * The directory of active Kampung KB.
   *
   * @param region a regency, district or village code (or a province), null or blank for all
   * @param kampungKbClass a class code or {@code NOT_CLASSIFIED}, null or blank for all
   * @param model a model status code, null or blank for all
   */
  public PublicViews.DirectoryPage directory(
      String region, String name, String kampungKbClass, String model, PageRequest page) {
    String prefix =
        region == null || region.isBlank()
            ? ""
            : RegionCode.parse("region", region.strip()).value();
    if (name != null && name.strip().length() > 100) {
      throw new InvalidInputException("name", "max-length", "name must be at most 100 characters");
    }
    boolean notClassified = PublicMapping.NOT_CLASSIFIED.equals(upper(kampungKbClass));
    Optional<KampungKbClass> cls =
        notClassified ? Optional.empty() : parse(KampungKbClass.class, "class", kampungKbClass);
    PublicQueries.Filter filter =
        new PublicQueries.Filter(
            prefix, name, cls, notClassified, parse(ModelStatus.class, "model", model), page);
    return answers.answer("public-directory", filter, true, () -> directory(filter));
  }

  private PublicViews.DirectoryPage directory(PublicQueries.Filter filter) {
    Page<KampungKb> found = queries.directory(filter);
    Map<Long, KampungKbClass> classes =
        queries.classes(found.content().stream().map(KampungKb::id).toList());
    Map<String, String> names = regionNames(found.content());
    return new PublicViews.DirectoryPage(
        found.content().stream()
            .map(k -> PublicMapping.entry(k, classes.get(k.id()), names))
            .toList(),
        found.totalElements(),
        found.page(),
        found.size());
  }

  /** The public profile of an active Kampung KB; not found for an inactive or unknown one. */
  public PublicViews.Profile profile(long id) {
    return answers.answer("public-profile", id, true, () -> readProfile(id));
  }

  private PublicViews.Profile readProfile(long id) {
    KampungKb k =
        queries
            .activeKampungKb(id)
            .orElseThrow(() -> new EntityNotFoundException("KampungKb", String.valueOf(id)));
    Map<String, String> names = regionNames(List.of(k));
    List<String> place = PublicMapping.place(k);
    Optional<KampungKbProfile> active =
        profiles.of(k).stream().filter(KampungKbProfile::active).findFirst();
    return new PublicViews.Profile(
        k.id(),
        k.name(),
        k.village().value(),
        names.get(place.get(0)),
        names.get(place.get(1)),
        names.get(place.get(2)),
        k.rwCoverage().orElse(null),
        k.declarationDate(),
        k.modelStatus().name(),
        k.status().name(),
        k.inactiveSince().orElse(null),
        k.criteria().stream().sorted().map(Enum::name).toList(),
        k.location().map(g -> g.latitude()).orElse(null),
        k.location().map(g -> g.longitude()).orElse(null),
        decrees.covering(k).stream().map(PublicMapping::decree).toList(),
        PublicMapping.pokjaPositions(positions.pokja(k)),
        active.map(PublicMapping::checklist).orElse(null),
        classifications.current(k).map(PublicMapping::classification).orElse(null),
        interventions.of(k).stream().map(PublicMapping::intervention).toList(),
        queries.eventsAt(k).stream()
            .map(e -> new PublicViews.Event(e.date(), e.title(), e.present()))
            .toList());
  }

  /**
   * The statistics of a province, regency or district, a line per region below: the recap's figures
   * for the year (the current year when null).
   */
  public PublicViews.Statistics statistics(String region, Integer year) {
    RegionCode area =
        region == null || region.isBlank()
            ? defaultProvince()
            : RegionCode.parse("region", region.strip());
    LocalDate today = LocalDate.now(JAKARTA);
    int y = year == null ? today.getYear() : year;
    // The recap holds "as of today": the day is part of what the answer depends on.
    return answers.answer(
        "public-statistics",
        List.of(area.value(), y, today),
        true,
        () ->
            PublicMapping.statistics(
                recaps.publicRecap(area, y), area.parent().map(RegionCode::value).orElse(null)));
  }

  /** Active Kampung KB with coordinates. */
  public List<PublicViews.MapPoint> mapPoints() {
    return answers.answer("public-map", "", true, this::readMapPoints);
  }

  private List<PublicViews.MapPoint> readMapPoints() {
    return queries.located().stream()
        .map(
            l ->
                new PublicViews.MapPoint(
                    l.id(),
                    l.name(),
                    PublicMapping.classCode(l.kampungKbClass()),
                    l.lat().doubleValue(),
                    l.lon().doubleValue()))
        .toList();
  }

  /** A photo's type and bytes. */
  public record PhotoFile(String mediaType, byte[] data) {}

  /** A photo staff marked public; not found for every other photo. */
  public PhotoFile publicPhoto(long id) {
    InterventionPhoto photo =
        queries
            .publicPhoto(id)
            .orElseThrow(() -> new EntityNotFoundException("Photo", String.valueOf(id)));
    return new PhotoFile(photo.file().type().mediaType(), files.content(photo, "Photo", id));
  }

  /** The province this system serves: where the statistics start, as the recap's default. */
  private static RegionCode defaultProvince() {
    return RegionCode.of(HOME_PROVINCE);
  }

  /** The names of the villages, districts and regencies of these Kampung KB, by code. */
  private Map<String, String> regionNames(List<KampungKb> list) {
    Set<RegionCode> codes = new HashSet<>();
    for (KampungKb k : list) {
      PublicMapping.place(k).forEach(c -> codes.add(RegionCode.of(c)));
    }
    Map<String, String> names = new HashMap<>();
    if (!codes.isEmpty()) {
      for (Region r : regions.findRegions(codes)) {
        names.put(r.code().value(), r.name());
      }
    }
    return names;
  }

  private static String upper(String s) {
    return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String field, String v) {
    return v == null || v.isBlank()
        ? Optional.empty()
        : Optional.of(KampungKbInput.parseEnum(type, field, v));
  }
}
