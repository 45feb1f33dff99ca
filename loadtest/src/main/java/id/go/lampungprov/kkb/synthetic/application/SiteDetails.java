package id.go.lampungprov.kkb.synthetic.application;

import id.go.lampungprov.kkb.assessment.domain.AssessmentStage;
import id.go.lampungprov.kkb.assessment.domain.AssessmentStatus;
import id.go.lampungprov.kkb.coaching.domain.Attendance;
import id.go.lampungprov.kkb.coaching.domain.CheckInChannel;
import id.go.lampungprov.kkb.coaching.domain.EventType;
import id.go.lampungprov.kkb.coaching.domain.ParticipantCategory;
import id.go.lampungprov.kkb.registration.application.demo.DemoRegistryDetails;
import id.go.lampungprov.kkb.registration.application.demo.DemoRegistryDetails.Holder;
import id.go.lampungprov.kkb.registration.domain.CadreType;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.PokjaRole;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.synthetic.application.SyntheticPlan.Site;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The people, profile, figures, events and assessment of one synthetic Kampung KB. Every value
 * follows from the seed and the village code alone, so a site reads the same whichever chunk writes
 * it. The events fall in 2025 (all past: held, most reported), the figures cover January to
 * December 2025, assessments are of period 2025.
 */
public record SiteDetails(
    List<Holder> people,
    ProfileChecklist profile,
    Map<YearMonth, Figures> figures,
    List<PlannedEvent> events,
    PlannedAssessment assessment) {

  public static final YearMonth FIRST_MONTH = YearMonth.of(2025, 1);
  static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);

  /** 7 Pokja positions (the three officers among them) and 3 cadres: 10 persons. */
  public static final List<PokjaRole> POKJA =
      List.of(
          PokjaRole.PATRON,
          PokjaRole.CHAIR,
          PokjaRole.SECRETARY,
          PokjaRole.TREASURER,
          PokjaRole.SECTION_RELIGIOUS,
          PokjaRole.SECTION_REPRODUCTION,
          PokjaRole.SECTION_ECONOMY);

  public static final List<CadreType> CADRES =
      List.of(CadreType.PPKBD, CadreType.SUB_PPKBD, CadreType.DATA_CADRE);

  /** Someone at an event who is not in the registry: officials, a resource person, villagers. */
  public record Guest(String fullName, Sex sex, ParticipantCategory category, String affiliation) {}

  /** How a participant's attendance was recorded. */
  public record Presence(Attendance attendance, CheckInChannel channel, int minutesBeforeStart) {}

  /**
   * One coaching event of the site: the 10 registry persons are invited first, then the guests;
   * {@code presence} has one entry per participant in that order.
   */
  public record PlannedEvent(
      EventType type,
      String title,
      String leadAgency,
      List<String> coOrganisers,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String venue,
      boolean reported,
      List<Guest> guests,
      List<Presence> presence) {}

  /** The Lampung benchmark event: the host's 10 persons and 2,990 guests, all present. */
  public record BenchmarkEvent(
      Site host,
      String title,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String venue,
      List<Guest> guests) {}

  /** A jury of 2 or 3 (the first chairs) who scored every indicator. */
  public record PlannedAssessment(
      AssessmentStage stage,
      AssessmentStatus status,
      List<String> assessors,
      int submitted,
      int quality,
      long scoreSeed,
      LocalDate paperReview,
      LocalDate interview,
      LocalDate fieldVisit) {

    /** The level assessor {@code a} gives indicator {@code i}: the quality, give or take one. */
    public int level(int a, int i) {
      int draw = new Random(scoreSeed + 31L * a + 1_009L * i).nextInt(4);
      int delta = draw == 0 ? -1 : draw == 3 ? 1 : 0;
      return Math.max(1, Math.min(4, quality + delta));
    }

    /** When an approved assessment was approved (the COE designation starts then). */
    public LocalDate decided() {
      return fieldVisit.plusDays(30);
    }
  }

  public static SiteDetails of(Site site, long seed) {
    Random random = new Random(seed * 1_000_003L ^ site.villageCode().hashCode());
    List<Holder> people = new ArrayList<>();
    for (PokjaRole role : POKJA) {
      Sex sex = role == PokjaRole.PATRON || random.nextInt(10) < 4 ? Sex.MALE : Sex.FEMALE;
      people.add(new Holder(DemoRegistryDetails.name(random, sex), sex, role, null));
    }
    for (CadreType type : CADRES) {
      Sex sex = random.nextInt(10) < 8 ? Sex.FEMALE : Sex.MALE;
      people.add(new Holder(DemoRegistryDetails.name(random, sex), sex, null, type));
    }
    ProfileChecklist profile = withMembers(DemoRegistryDetails.profile(random), POKJA.size());
    Map<YearMonth, Figures> figures =
        DemoRegistryDetails.figures(random, FIRST_MONTH, SyntheticSize.MONTHS);
    List<PlannedEvent> events = new ArrayList<>();
    for (int i = 0; i < site.events(); i++) {
      events.add(event(site, random));
    }
    events.sort(Comparator.comparing(PlannedEvent::startsAt));
    PlannedAssessment assessment =
        site.assessmentStatus() == null ? null : assessment(site, random);
    return new SiteDetails(people, profile, figures, events, assessment);
  }

  private static ProfileChecklist withMembers(ProfileChecklist c, int members) {
    return new ProfileChecklist(
        c.pokjaExists(),
        c.pokjaHasDecree(),
        c.pokjaTrained(),
        members,
        c.pkbName(),
        c.pkbNip(),
        c.regulationLevel(),
        c.hasRkm(),
        c.dataSources(),
        c.fundingSources(),
        c.hasSecretariat(),
        c.rumahDataKu(),
        c.poktan(),
        c.mechanisms());
  }

  private static PlannedEvent event(Site site, Random random) {
    LocalDate day = YEAR_START.plusDays(random.nextInt(365));
    while (day.getDayOfWeek().getValue() > 5
        || day.equals(SyntheticPlan.BENCHMARK_START.toLocalDate())) {
      day = day.getDayOfWeek().getValue() == 7 ? day.minusDays(2) : day.minusDays(1);
    }
    LocalDateTime start = day.atTime(random.nextInt(3) == 0 ? 13 : 9, 0);
    EventType type = EventType.values()[random.nextInt(EventType.values().length - 1)];
    boolean lampung = site.provinceCode().equals(SyntheticPlan.BENCHMARK_PROVINCE);
    String lead = lampung && random.nextInt(10) < 3 ? "DPPPA" : "OPD_KB_KAB";
    List<Guest> guests = new ArrayList<>();
    guests.add(guest(random, ParticipantCategory.OFFICIAL, "Kepala Desa " + site.villageName()));
    guests.add(guest(random, ParticipantCategory.OFFICIAL, "Penyuluh KB Kecamatan"));
    guests.add(guest(random, ParticipantCategory.RESOURCE_PERSON, "OPD KB Kabupaten/Kota"));
    int villagers =
        SyntheticSize.PARTICIPANTS_PER_EVENT - SyntheticSize.PERSONS_PER_KAMPUNG_KB - guests.size();
    for (int i = 0; i < villagers; i++) {
      guests.add(guest(random, ParticipantCategory.OTHER, "Warga Desa " + site.villageName()));
    }
    List<Presence> presence = new ArrayList<>();
    for (int i = 0; i < SyntheticSize.PARTICIPANTS_PER_EVENT; i++) {
      int draw = random.nextInt(100);
      Attendance a =
          draw < 85 ? Attendance.PRESENT : draw < 93 ? Attendance.EXCUSED : Attendance.ABSENT;
      CheckInChannel channel =
          a == Attendance.PRESENT && random.nextInt(4) == 0
              ? CheckInChannel.QR
              : CheckInChannel.STAFF;
      presence.add(new Presence(a, channel, 5 + random.nextInt(40)));
    }
    return new PlannedEvent(
        type,
        title(type) + " " + site.name(),
        lead,
        lampung ? List.of("BKKBN") : List.of(),
        start,
        start.plusHours(3),
        "Balai Desa " + site.villageName(),
        random.nextInt(10) != 0,
        guests,
        presence);
  }

  static String title(EventType type) {
    return switch (type) {
      case COE_COACHING -> "Pembinaan Center of Excellence (COE) Pengelolaan";
      case DEVELOPMENT -> "Pembinaan dan Pengembangan";
      case SOCIALISATION -> "Sosialisasi Program Bangga Kencana di";
      case MONITORING_EVALUATION -> "Monitoring dan Evaluasi";
      case TRAINING -> "Pelatihan Pokja dan Kader";
      case OTHER -> "Kegiatan";
    };
  }

  private static Guest guest(Random random, ParticipantCategory category, String affiliation) {
    Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    return new Guest(DemoRegistryDetails.name(random, sex), sex, category, affiliation);
  }

  private static PlannedAssessment assessment(Site site, Random random) {
    int jury = 2 + random.nextInt(2);
    String area =
        site.assessmentStage() == AssessmentStage.PROVINCE
            ? site.provinceCode()
            : site.regencyCode().replace(".", "");
    List<String> assessors = new ArrayList<>();
    for (int i = 1; i <= jury; i++) {
      assessors.add("penilai." + area + "." + i);
    }
    int[] qualities = {1, 2, 2, 2, 3, 3, 3, 3, 4, 4};
    LocalDate paper = LocalDate.of(2025, 9, 1).plusDays(random.nextInt(30));
    LocalDate interview = paper.plusDays(7 + random.nextInt(7));
    int submitted = site.assessmentStatus() == AssessmentStatus.DRAFT ? random.nextInt(jury) : jury;
    return new PlannedAssessment(
        site.assessmentStage(),
        site.assessmentStatus(),
        assessors,
        submitted,
        qualities[random.nextInt(qualities.length)],
        random.nextLong(),
        paper,
        interview,
        interview.plusDays(7 + random.nextInt(14)));
  }

  /** The benchmark event of the plan: Tuesday 1 July 2025 in the host's village. */
  static BenchmarkEvent benchmark(Site host, long seed) {
    Random random = new Random(seed * 31L + 7L);
    List<Guest> guests = new ArrayList<>();
    int count = SyntheticSize.BENCHMARK_PARTICIPANTS - SyntheticSize.PERSONS_PER_KAMPUNG_KB;
    for (int i = 0; i < count; i++) {
      guests.add(guest(random, ParticipantCategory.CADRE, "Kader Kampung KB se-Provinsi Lampung"));
    }
    LocalDateTime start = SyntheticPlan.BENCHMARK_START;
    return new BenchmarkEvent(
        host,
        "Rapat Koordinasi Kader Kampung KB se-Provinsi Lampung (data sintetis)",
        start,
        start.plusHours(8),
        "Aula Sintetis (3.000 peserta)",
        guests);
  }
}
