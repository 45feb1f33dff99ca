package id.go.lampungprov.kkb.coaching.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Phone;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Who is checking in on the public page: the one invitee whose own mobile number, or whose personal
 * {@link CheckInCode}, was typed. Never a name: names are known to anyone in the village, so a name
 * alone would let anybody mark anybody present.
 */
public final class CheckInMatch {

  /** Rule when the typed value matches nobody (counted as a failed attempt). */
  public static final String NOT_INVITED = "not-invited";

  private CheckInMatch() {}

  /**
   * @param codeOf the personal code of an invitee (derived from the check-in key)
   * @throws InvalidInputException field {@code phone}: {@code required}, {@code phone} (not a
   *     mobile number), {@code shared-phone} (the number belongs to several invitees: they use
   *     their codes) or {@code not-invited}
   */
  public static Participant find(
      List<Participant> invitees, String typed, Function<Participant, String> codeOf) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidInputException(
          "phone", "required", "type your mobile number or your personal check-in code");
    }
    List<Participant> matches;
    if (CheckInCode.isCode(typed)) {
      String code = CheckInCode.compact(typed);
      matches =
          invitees.stream()
              .filter(p -> needsCode(p, invitees) && code.equals(codeOf.apply(p)))
              .toList();
    } else {
      String key = Phone.key(Phone.normalize("phone", typed));
      matches = invitees.stream().filter(p -> key.equals(p.phoneKey())).toList();
      if (matches.size() > 1) {
        throw new InvalidInputException(
            "phone",
            "shared-phone",
            "this number belongs to more than one invitee; type your personal check-in code");
      }
    }
    if (matches.size() != 1) {
      throw new InvalidInputException(
          "phone",
          NOT_INVITED,
          "you are not on the invitation list; please report to the committee desk");
    }
    return matches.get(0);
  }

  /**
   * Whether an invitee checks in by personal code: without a number of their own, or with one that
   * another invitee of the event shares (a family phone). Only these codes are accepted, which
   * keeps the codes a guesser could hit to the few that are needed.
   */
  public static boolean needsCode(Participant p, List<Participant> invitees) {
    return p.phoneKey() == null
        || invitees.stream().anyMatch(o -> o != p && Objects.equals(o.phoneKey(), p.phoneKey()));
  }
}
