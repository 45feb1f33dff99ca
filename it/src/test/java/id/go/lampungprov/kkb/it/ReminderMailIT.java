package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders (issue #20, part 5): a Kampung KB that has not reported last month is on its regency
 * operator's in-app list, and the reminder mail, sent now by the administrator, reaches a real SMTP
 * server running in this JVM (GreenMail on port 3025, where {@code it/pom.xml} points the demo-data
 * server) addressed to that operator only, once a day.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderMailIT {

  private static GreenMail smtp;

  @BeforeAll
  static void startSmtp() {
    smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aReminderReachesTheResponsibleOperatorOnlyOnceADay() throws Exception {
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    String village = ReferenceData.freeVillage(officer);
    String district = village.substring(0, 8);
    String name = "Kampung KB Pengingat " + Accounts.uniqueName("rm");
    String body =
        Fixtures.kampung(village, name).add("declarationDate", "2020-01-15").build().toString();
    Http.object(officer.post("/api/kampung-kb", body), 201);

    String run = Accounts.uniqueName("mail");
    String inside = run + "-operator@kab.invalid";
    String operator = account("REGENCY_OPERATOR", district, inside);
    String viewer = run + "-viewer@kab.invalid";
    account("VIEWER", district, viewer);
    String elsewhere = run + "-elsewhere@kab.invalid";
    account("REGENCY_OPERATOR", "18.01", elsewhere);

    // In the app: the operator's list names the Kampung KB for last month.
    JsonObject mine =
        Http.object(Http.basic(operator, Accounts.PASSWORD).get("/api/me/reminders"), 200);
    assertTrue(
        mine.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                r ->
                    r.getString("name").equals(name)
                        && r.getString("kind").equals("missing-report")),
        mine.toString());

    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, operator);
      browser.open(Http.BASE + "/index.xhtml");
      browser.await("#my-reminders");
      String panel = browser.find("section:has(#my-reminders)").getText();
      assertTrue(panel.contains(name), panel);
    }

    JsonObject sent = Http.object(Accounts.admin().post("/api/reminders/send", "{}"), 200);
    assertTrue(sent.getBoolean("configured"), sent.toString());
    assertTrue(sent.getInt("sent") >= 1, sent.toString());

    List<MimeMessage> toOperator = to(inside);
    assertEquals(1, toOperator.size(), "one mail to the responsible operator");
    String text = text(toOperator.get(0));
    assertTrue(text.contains(name), text);
    assertTrue(text.contains(village), text);
    assertTrue(
        toOperator.get(0).getSubject().contains("Kampung KB"), toOperator.get(0).getSubject());
    assertEquals(List.of(), to(viewer), "a viewer enters nothing and is not reminded");
    for (MimeMessage m : to(elsewhere)) {
      assertTrue(!text(m).contains(name), "another regency's operator is not told");
    }

    // Once a day: a second run sends the operator nothing more.
    Http.object(Accounts.admin().post("/api/reminders/send", "{}"), 200);
    assertEquals(1, to(inside).size());
    // Only the administrator triggers a run.
    Http.problem(officer.post("/api/reminders/send", "{}"), 403);
  }

  /** Creates an account with an e-mail address, ready to log in with {@code Accounts.PASSWORD}. */
  private static String account(String role, String scope, String email) {
    String username = Accounts.uniqueName(role.toLowerCase().replace('_', '-'));
    Http.object(
        Accounts.admin()
            .post(
                "/api/accounts",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("fullName", "Test " + username)
                    .add("email", email)
                    .add("role", role)
                    .add("scope", scope)
                    .add("temporaryPassword", Accounts.TEMPORARY_PASSWORD)
                    .build()
                    .toString()),
        201);
    Accounts.changePassword(
        Http.basic(username, Accounts.TEMPORARY_PASSWORD),
        Accounts.TEMPORARY_PASSWORD,
        Accounts.PASSWORD);
    return username;
  }

  /** The decoded text: the raw body may be quoted-printable, wrapped at 76 characters. */
  private static String text(MimeMessage m) throws Exception {
    return m.getContent().toString();
  }

  private static List<MimeMessage> to(String address) throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      Address[] recipients = m.getAllRecipients();
      if (recipients != null
          && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
        found.add(m);
      }
    }
    return found;
  }
}
