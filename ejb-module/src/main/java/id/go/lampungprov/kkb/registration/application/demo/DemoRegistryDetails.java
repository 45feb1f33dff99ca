package id.go.lampungprov.kkb.registration.application.demo;

import id.go.lampungprov.kkb.registration.domain.CadreType;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.PokjaRole;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.DataSource;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.Frequency;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.FundingSource;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.Mechanism;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.Poktan;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.RegulationLevel;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.RumahDataKu;
import id.go.lampungprov.kkb.registration.domain.Sex;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The synthetic people and numbers of one demo Kampung KB: a full Pokja (13 positions), 7 cadres
 * (so the reference event's 20 participants come from one village), a profile and 12 months of
 * consistent programme figures. Every value follows from the seed and the village code alone, so
 * two loads give the same data. Names are invented from common Indonesian names.
 */
public final class DemoRegistryDetails {

  /** The 12 reported months, the year before the reference event of June 2020. */
  public static final YearMonth FIRST_MONTH = YearMonth.of(2019, 6);

  public static final int MONTHS = 12;

  private static final String[] MALE = {
    "Sutrisno", "Budi", "Agus", "Slamet", "Joko", "Wahyu", "Hendra", "Supriyadi", "Rudi",
    "Bambang", "Suparman", "Darmawan", "Eko", "Teguh", "Yusuf", "Ahmad", "Hasan", "Rahmat",
    "Sugeng", "Made", "Ketut", "Iwan", "Heri", "Gunawan"
  };
  private static final String[] FEMALE = {
    "Siti",
    "Sri",
    "Dewi",
    "Ratna",
    "Sumiati",
    "Wati",
    "Yuliana",
    "Lestari",
    "Ani",
    "Endang",
    "Nurhayati",
    "Rini",
    "Puji",
    "Suryani",
    "Fitri",
    "Wulan",
    "Kartini",
    "Rohmah",
    "Nyoman",
    "Eka",
    "Yanti",
    "Mulyani",
    "Rosita",
    "Komang"
  };
  private static final String[] SECOND = {
    "Rahayu", "Wahyuni", "Susanti", "Setiawan", "Hidayat", "Saputra", "Kurniawan", "Pratama",
    "Handayani", "Purnamasari", "Nugroho", "Santoso", "Wibowo", "Anggraini", "Maulana", "Harahap",
    "Siregar", "Yulianti", "Firmansyah", "Ningsih", "Astuti", "Suharto", "Wijaya", "Utami"
  };

  /** The cadres every demo Kampung KB has. */
  public static final List<CadreType> CADRES =
      List.of(
          CadreType.PPKBD,
          CadreType.SUB_PPKBD,
          CadreType.SUB_PPKBD,
          CadreType.POKTAN_BKB,
          CadreType.POKTAN_BKR,
          CadreType.POKTAN_BKL,
          CadreType.DATA_CADRE);

  /** A person to register and the position they hold. */
  public record Holder(String fullName, Sex sex, PokjaRole pokjaRole, CadreType cadreType) {}

  public record Details(
      List<Holder> holders, ProfileChecklist profile, Map<YearMonth, Figures> figures) {}

  private DemoRegistryDetails() {}

  public static Details of(String villageCode, long seed) {
    Random random = new Random(seed ^ villageCode.hashCode() * 1_000_003L);
    List<Holder> holders = new ArrayList<>();
    for (PokjaRole role : PokjaRole.values()) {
      Sex sex = role == PokjaRole.PATRON || random.nextInt(10) < 4 ? Sex.MALE : Sex.FEMALE;
      holders.add(new Holder(name(random, sex), sex, role, null));
    }
    for (CadreType type : CADRES) {
      // Most KB cadres are women.
      Sex sex = random.nextInt(10) < 8 ? Sex.FEMALE : Sex.MALE;
      holders.add(new Holder(name(random, sex), sex, null, type));
    }
    return new Details(holders, profile(random), figures(random, FIRST_MONTH, MONTHS));
  }

  /** An invented name: a common first name for the sex and a common second name. */
  public static String name(Random random, Sex sex) {
    String[] first = sex == Sex.MALE ? MALE : FEMALE;
    return first[random.nextInt(first.length)] + " " + SECOND[random.nextInt(SECOND.length)];
  }

  /** A plausible profile of a working Kampung KB with a full Pokja. */
  public static ProfileChecklist profile(Random random) {
    Set<DataSource> data = EnumSet.of(DataSource.FAMILY_DATA_PK, DataSource.ROUTINE_BKKBN);
    if (random.nextBoolean()) {
      data.add(DataSource.VILLAGE_POTENTIAL);
    }
    Set<FundingSource> funding = EnumSet.of(FundingSource.APBN, FundingSource.DANA_DESA);
    if (random.nextInt(3) == 0) {
      funding.add(FundingSource.APBD);
    }
    Set<Poktan> poktan = EnumSet.of(Poktan.BKB, Poktan.BKR, Poktan.BKL);
    if (random.nextBoolean()) {
      poktan.add(Poktan.UPPKA);
    }
    if (random.nextInt(3) == 0) {
      poktan.add(Poktan.PIK_R);
    }
    Map<Mechanism, Frequency> mechanisms = new EnumMap<>(Mechanism.class);
    Frequency[] frequencies = Frequency.values();
    for (Mechanism m : Mechanism.values()) {
      mechanisms.put(m, frequencies[random.nextInt(frequencies.length)]);
    }
    return new ProfileChecklist(
        true,
        random.nextInt(10) < 8,
        random.nextInt(10) < 6,
        PokjaRole.values().length,
        null,
        null,
        RegulationLevel.values()[random.nextInt(3)],
        random.nextInt(10) < 6,
        data,
        funding,
        random.nextInt(10) < 7,
        RumahDataKu.values()[random.nextInt(RumahDataKu.values().length)],
        poktan,
        mechanisms);
  }

  /**
   * When a month's figures were sent in: a day from the 1st to the 15th of the next month, 10:00
   * WIB, fixed by the village and the month, so about a third come in after the default due day
   * (the 10th) and the reporting rates of the demo show late reports too.
   */
  public static Instant reportedAt(String villageCode, YearMonth month) {
    int day = 1 + Math.floorMod((villageCode + month).hashCode(), 15);
    return month
        .plusMonths(1)
        .atDay(day)
        .atTime(10, 0)
        .atZone(ZoneId.of("Asia/Jakarta"))
        .toInstant();
  }

  /** Figures that drift slowly month by month and satisfy every consistency rule. */
  public static Map<YearMonth, Figures> figures(Random random, YearMonth first, int count) {
    Map<YearMonth, Figures> months = new java.util.LinkedHashMap<>();
    int families = 180 + random.nextInt(420);
    double cpr = 0.50 + random.nextDouble() * 0.2;
    for (int i = 0; i < count; i++) {
      families += random.nextInt(3);
      cpr = Math.min(0.78, cpr + random.nextDouble() * 0.006);
      int pus = (int) (families * (0.58 + random.nextDouble() * 0.04));
      int users = (int) (pus * cpr);
      int[] methods =
          split(random, users, new double[] {0.06, 0.01, 0.002, 0.03, 0.14, 0.52, 0.228});
      int nonUsers = pus - users;
      int pregnant = (int) (nonUsers * 0.12);
      int soon = (int) (nonUsers * 0.18);
      int iat = (int) (nonUsers * 0.2);
      int tial = (int) (nonUsers * 0.22);
      int toddlers = (int) (families * 0.32);
      int teens = (int) (families * 0.36);
      int elderly = (int) (families * 0.22);
      months.put(
          first.plusMonths(i),
          new Figures(
              families,
              pus,
              (int) (families * 0.45),
              toddlers,
              teens,
              elderly,
              (int) (toddlers * 0.6),
              (int) (teens * 0.4),
              (int) (elderly * 0.5),
              (int) (families * 0.05),
              (int) (families * 0.08),
              methods[0],
              methods[1],
              methods[2],
              methods[3],
              methods[4],
              methods[5],
              methods[6],
              pregnant,
              soon,
              iat,
              tial,
              (int) (pus * 0.7)));
    }
    return months;
  }

  private static int[] split(Random random, int total, double[] shares) {
    int[] parts = new int[shares.length];
    int left = total;
    for (int i = 0; i < shares.length - 1; i++) {
      parts[i] = Math.min(left, (int) (total * shares[i] * (0.8 + random.nextDouble() * 0.4)));
      left -= parts[i];
    }
    parts[shares.length - 1] = left;
    return parts;
  }
}
