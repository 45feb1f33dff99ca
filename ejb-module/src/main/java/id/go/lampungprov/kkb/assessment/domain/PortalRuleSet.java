package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.RegulationLevel;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist.RumahDataKu;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The default rule set: the national portal's twelve indicators (domain brief §3), scored 1–4 and
 * averaged into the input, process and output indices; an index passes at 3.00. The published
 * percentage bands are whole numbers (CPR 30–40, 41–50): a percentage is rounded to a whole percent
 * (half up) before it is banded, so CPR 40.49 % scores 2 and 40.5 % scores 3; the explanation shows
 * the value with two decimals. Unlike the portal, missing data never scores: with no PUS, CPR and
 * unmet need are not assessable.
 */
public final class PortalRuleSet implements ClassificationRuleSet {

  public static final String VERSION = "PORTAL-12-v1";

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public ClassificationResult classify(ClassificationInput in) {
    List<IndicatorResult> r = new ArrayList<>();
    Optional<ProfileChecklist> p = in.profile();
    String noProfile = "no active profile";
    r.add(fromProfile(p, ClassIndex.INPUT, "POKJA", noProfile, PortalRuleSet::pokja));
    r.add(count(p, ClassIndex.INPUT, "FUNDING_SOURCES", c -> c.fundingSources().size(), 0, 1, 4));
    r.add(count(p, ClassIndex.INPUT, "POKTAN", c -> c.poktan().size(), 0, 2, 4));
    r.add(fromProfile(p, ClassIndex.INPUT, "FACILITIES", noProfile, PortalRuleSet::facilities));
    r.add(fromProfile(p, ClassIndex.INPUT, "PKB_AND_REGULATION", noProfile, PortalRuleSet::pkb));
    r.add(count(p, ClassIndex.PROCESS, "DATA_SOURCES", c -> c.dataSources().size(), 0, 1, 3));
    r.add(count(p, ClassIndex.PROCESS, "MECHANISMS", c -> (int) c.mechanismsRun(), 0, 2, 4));
    r.add(
        new IndicatorResult(
            ClassIndex.PROCESS,
            "NON_KB_AGENCIES",
            String.valueOf(in.nonKbAgencies()),
            countScore(in.nonKbAgencies(), 0, 3, 6),
            "distinct agencies other than BKKBN and the OPD KB in interventions"));
    Optional<Figures> f = in.figures();
    String period = in.period().map(m -> "figures of " + m).orElse("no monthly figures");
    r.add(
        percent(
            f,
            "POKTAN_PARTICIPATION",
            PortalRuleSet::poktanParticipation,
            period,
            Bands.RISING_10_20_30));
    r.add(percent(f, "CPR", Figures::cpr, period, Bands.RISING_30_40_50));
    r.add(percent(f, "MKJP_SHARE", Figures::mkjpShare, period, Bands.RISING_20_22_24));
    r.add(percent(f, "UNMET_NEED", Figures::unmetNeed, period, Bands.FALLING_13_10_6));
    return ClassificationResult.of(VERSION, r);
  }

  /** Pokja: none 1; exists 2; members or training 3; both 4. */
  static int pokja(ProfileChecklist c) {
    if (!c.pokjaExists()) {
      return 1;
    }
    boolean members = c.pokjaMembers() > 0;
    if (members && c.pokjaTrained()) {
      return 4;
    }
    return members || c.pokjaTrained() ? 3 : 2;
  }

  /** Facilities (secretariat, Rumah DataKu): 0, 1, 2 → 1, 2, 3. */
  static int facilities(ProfileChecklist c) {
    int n = (c.hasSecretariat() ? 1 : 0) + (c.rumahDataKu() != RumahDataKu.NONE ? 1 : 0);
    return n + 1;
  }

  /** PKB companion and village-or-higher regulation: neither, one, both → 1, 2, 3. */
  static int pkb(ProfileChecklist c) {
    int n = (c.pkbName() != null ? 1 : 0) + (c.regulationLevel() != RegulationLevel.NONE ? 1 : 0);
    return n + 1;
  }

  /**
   * Mean participation of the family groups, % of their target families (BKB of families with
   * toddlers, BKR with teens, BKL with elderly, UPPKA of all families, PIK-R of teenagers), over
   * the groups whose target is known.
   */
  static Optional<BigDecimal> poktanParticipation(Figures f) {
    int[][] pairs = {
      {f.bkbParticipants(), f.familiesWithToddlers()},
      {f.bkrParticipants(), f.familiesWithTeens()},
      {f.bklParticipants(), f.familiesWithElderly()},
      {f.uppkaParticipants(), f.families()},
      {f.pikrParticipants(), f.teenagers()}
    };
    BigDecimal sum = BigDecimal.ZERO;
    int n = 0;
    for (int[] pair : pairs) {
      if (pair[1] > 0) {
        sum =
            sum.add(
                BigDecimal.valueOf(pair[0] * 100L)
                    .divide(BigDecimal.valueOf(pair[1]), 4, RoundingMode.HALF_UP));
        n++;
      }
    }
    return n == 0
        ? Optional.empty()
        : Optional.of(sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
  }

  /**
   * Counts scored 1 at or below {@code one}, 2 up to {@code two}, 3 up to {@code three}, else 4.
   */
  static int countScore(int n, int one, int two, int three) {
    if (n <= one) {
      return 1;
    }
    if (n <= two) {
      return 2;
    }
    return n <= three ? 3 : 4;
  }

  private static IndicatorResult count(
      Optional<ProfileChecklist> p,
      ClassIndex index,
      String code,
      Function<ProfileChecklist, Integer> counter,
      int one,
      int two,
      int three) {
    return p.map(
            c -> {
              int n = counter.apply(c);
              return new IndicatorResult(
                  index, code, String.valueOf(n), countScore(n, one, two, three), null);
            })
        .orElse(IndicatorResult.notAssessable(index, code, "no active profile"));
  }

  private static IndicatorResult fromProfile(
      Optional<ProfileChecklist> p,
      ClassIndex index,
      String code,
      String missing,
      Function<ProfileChecklist, Integer> score) {
    return p.map(c -> new IndicatorResult(index, code, null, score.apply(c), null))
        .orElse(IndicatorResult.notAssessable(index, code, missing));
  }

  private static IndicatorResult percent(
      Optional<Figures> f,
      String code,
      Function<Figures, Optional<BigDecimal>> value,
      String period,
      Bands bands) {
    if (f.isEmpty()) {
      return IndicatorResult.notAssessable(ClassIndex.OUTPUT, code, period);
    }
    return value
        .apply(f.get())
        .map(
            v ->
                new IndicatorResult(
                    ClassIndex.OUTPUT, code, v.toPlainString() + " %", bands.score(v), period))
        .orElse(
            IndicatorResult.notAssessable(
                ClassIndex.OUTPUT, code, "not assessable: the denominator is 0 in the " + period));
  }

  /** Percentage bands of the output indicators. */
  enum Bands {
    /** <10 → 1, 10–20 → 2, 21–30 → 3, >30 → 4. */
    RISING_10_20_30(false, "10", "20", "30"),
    /** <30 → 1, 30–40 → 2, 41–50 → 3, >50 → 4. */
    RISING_30_40_50(false, "30", "40", "50"),
    /** <20 → 1, 20–22 → 2, 23–24 → 3, >24 → 4. */
    RISING_20_22_24(false, "20", "22", "24"),
    /** ≥13 → 1, 10–12 → 2, 7–9 → 3, ≤6 → 4: lower is better. */
    FALLING_13_10_6(true, "13", "10", "6");

    private final boolean falling;
    private final BigDecimal a;
    private final BigDecimal b;
    private final BigDecimal c;

    Bands(boolean falling, String a, String b, String c) {
      this.falling = falling;
      this.a = new BigDecimal(a);
      this.b = new BigDecimal(b);
      this.c = new BigDecimal(c);
    }

    int score(BigDecimal exact) {
      BigDecimal v = exact.setScale(0, RoundingMode.HALF_UP);
      if (falling) {
        if (v.compareTo(a) >= 0) {
          return 1;
        }
        if (v.compareTo(b) >= 0) {
          return 2;
        }
        return v.compareTo(c) > 0 ? 3 : 4;
      }
      if (v.compareTo(a) < 0) {
        return 1;
      }
      if (v.compareTo(b) <= 0) {
        return 2;
      }
      return v.compareTo(c) <= 0 ? 3 : 4;
    }
  }
}
