package id.go.lampungprov.kkb.registration.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One month's programme figures of a Kampung KB, checked for consistency so a typing error is
 * caught at entry, with the rule it broke. PUS = pasangan usia subur (couples of reproductive age);
 * IAT = want a child later, TIAL = want no more children (together the unmet need).
 */
public record Figures(
    int families,
    int pus,
    int teenagers,
    int familiesWithToddlers,
    int familiesWithTeens,
    int familiesWithElderly,
    int bkbParticipants,
    int bkrParticipants,
    int bklParticipants,
    int uppkaParticipants,
    int pikrParticipants,
    int usersIud,
    int usersMow,
    int usersMop,
    int usersCondom,
    int usersImplant,
    int usersInjectable,
    int usersPill,
    int nonUsersPregnant,
    int nonUsersWantChildSoon,
    int nonUsersIat,
    int nonUsersTial,
    int bpjsUsers) {

  public Figures {
    nonNegative("families", families);
    nonNegative("pus", pus);
    nonNegative("teenagers", teenagers);
    nonNegative("familiesWithToddlers", familiesWithToddlers);
    nonNegative("familiesWithTeens", familiesWithTeens);
    nonNegative("familiesWithElderly", familiesWithElderly);
    nonNegative("bkbParticipants", bkbParticipants);
    nonNegative("bkrParticipants", bkrParticipants);
    nonNegative("bklParticipants", bklParticipants);
    nonNegative("uppkaParticipants", uppkaParticipants);
    nonNegative("pikrParticipants", pikrParticipants);
    nonNegative("usersIud", usersIud);
    nonNegative("usersMow", usersMow);
    nonNegative("usersMop", usersMop);
    nonNegative("usersCondom", usersCondom);
    nonNegative("usersImplant", usersImplant);
    nonNegative("usersInjectable", usersInjectable);
    nonNegative("usersPill", usersPill);
    nonNegative("nonUsersPregnant", nonUsersPregnant);
    nonNegative("nonUsersWantChildSoon", nonUsersWantChildSoon);
    nonNegative("nonUsersIat", nonUsersIat);
    nonNegative("nonUsersTial", nonUsersTial);
    nonNegative("bpjsUsers", bpjsUsers);
    atMost("familiesWithToddlers", familiesWithToddlers, "families", families);
    atMost("familiesWithTeens", familiesWithTeens, "families", families);
    atMost("familiesWithElderly", familiesWithElderly, "families", families);
    atMost("pus", pus, "families", families);
    atMost("bkbParticipants", bkbParticipants, "families", families);
    atMost("bkrParticipants", bkrParticipants, "families", families);
    atMost("bklParticipants", bklParticipants, "families", families);
    atMost("uppkaParticipants", uppkaParticipants, "families", families);
    int users =
        usersIud + usersMow + usersMop + usersCondom + usersImplant + usersInjectable + usersPill;
    if (users > pus) {
      throw new InvalidInputException(
          "users",
          "users-within-pus",
          "KB users by method add up to " + users + ", more than the " + pus + " PUS");
    }
    int nonUsers = nonUsersPregnant + nonUsersWantChildSoon + nonUsersIat + nonUsersTial;
    if (users + nonUsers > pus) {
      throw new InvalidInputException(
          "nonUsers",
          "pus-accounted",
          "users ("
              + users
              + ") and non-users by reason ("
              + nonUsers
              + ") exceed the "
              + pus
              + " PUS");
    }
  }

  private static void nonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidInputException(field, "min", field + " must not be negative");
    }
  }

  private static void atMost(String field, int value, String limitField, int limit) {
    if (value > limit) {
      throw new InvalidInputException(
          field,
          field + "-within-" + limitField,
          field + " (" + value + ") exceeds " + limitField + " (" + limit + ")");
    }
  }

  public int users() {
    return usersIud
        + usersMow
        + usersMop
        + usersCondom
        + usersImplant
        + usersInjectable
        + usersPill;
  }

  /** Long-acting and permanent methods (MKJP): IUD, MOW, MOP, implant. */
  public int mkjpUsers() {
    return usersIud + usersMow + usersMop + usersImplant;
  }

  /** Contraceptive prevalence, % of PUS; not assessable without PUS. */
  public Optional<BigDecimal> cpr() {
    return percent(users(), pus);
  }

  /** MKJP share of users, %; not assessable without users. */
  public Optional<BigDecimal> mkjpShare() {
    return percent(mkjpUsers(), users());
  }

  /** Unmet need (IAT + TIAL), % of PUS; not assessable without PUS, never "best" by default. */
  public Optional<BigDecimal> unmetNeed() {
    return percent(nonUsersIat + nonUsersTial, pus);
  }

  private static Optional<BigDecimal> percent(int part, int whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
  }
}
