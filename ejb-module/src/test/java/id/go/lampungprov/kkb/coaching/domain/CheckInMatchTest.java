package id.go.lampungprov.kkb.coaching.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.registration.domain.Sex;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CheckInMatchTest {

  private final CoachingEvent event = CoachingEventTest.event(20);
  private final Participant siti = invite("Siti Rahayu", "0812-3456-7890");
  private final Participant budi = invite("Budi Santoso", null);
  private final Participant ani = invite("Ani Wijaya", "0813 1111 2222");
  private final Participant agus = invite("Agus Wijaya", "+62 813-1111-2222");
  private final List<Participant> invitees = List.of(siti, budi, ani, agus);
  private final Map<Participant, String> codes =
      Map.of(siti, "111111", budi, "222222", ani, "333333", agus, "444444");
  private final Function<Participant, String> codeOf = codes::get;

  private Participant invite(String name, String phone) {
    return new Participant(event, null, name, Sex.FEMALE, phone, ParticipantCategory.CADRE, null);
  }

  @Test
  void aNameAloneIsRefusedWhoeverItNames() {
    assertEquals("phone", rule("Siti Rahayu"));
    assertEquals("phone", rule("Budi Santoso"));
    assertEquals("required", rule("  "));
    assertEquals("required", rule(null));
  }

  @Test
  void theOwnPhoneNumberHoweverWrittenFindsTheInvitee() {
    assertSame(siti, CheckInMatch.find(invitees, "+62 812 3456 7890", codeOf));
    assertSame(siti, CheckInMatch.find(invitees, "081234567890", codeOf));
    assertEquals("not-invited", rule("0819 9999 0000"));
  }

  @Test
  void aPersonalCodeWorksForInviteesWithoutAnOwnNumberOnly() {
    assertSame(budi, CheckInMatch.find(invitees, "222 222", codeOf));
    assertSame(ani, CheckInMatch.find(invitees, "333333", codeOf));
    assertSame(agus, CheckInMatch.find(invitees, "444444", codeOf));
    // Siti checks in by her number; her code is never handed out, so it is not accepted either.
    assertEquals("not-invited", rule("111111"));
    assertEquals("not-invited", rule("999999"));
  }

  @Test
  void aSharedNumberAsksForTheCode() {
    assertEquals("shared-phone", rule("0813 1111 2222"));
    assertTrue(CheckInMatch.needsCode(ani, invitees));
    assertTrue(CheckInMatch.needsCode(budi, invitees));
    assertFalse(CheckInMatch.needsCode(siti, invitees));
  }

  @Test
  void thePageSeesOnlyAMaskedName() {
    assertEquals("S*** R*****", siti.maskedName());
    assertEquals("S***** W****", Participant.mask("Sutini  Wulan"));
    assertEquals("A*", Participant.mask("A"));
  }

  private String rule(String typed) {
    return assertThrows(
            InvalidInputException.class, () -> CheckInMatch.find(invitees, typed, codeOf))
        .rule();
  }
}
