package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * QR check-in from a phone: headless Chromium at phone size opens the signed link of the QR code,
 * the participant types their own mobile number (or the personal code from the desk) and is thanked
 * by a masked name; a name alone, a tampered or old link, an event tomorrow or in the past are
 * refused with a message a participant understands, and repeated failures answer 429.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInIT {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @Test
  void aParticipantChecksInOnAPhoneAndBadLinksAreRefused() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = ReferenceData.sidodadi(operator);
    LocalDateTime soon =
        LocalDateTime.now(ZoneId.of("Asia/Jakarta"))
            .plusMinutes(30)
            .truncatedTo(ChronoUnit.MINUTES);
    long id = event(operator, kkb, soon);
    String participants = "/api/events/" + id + "/participants";
    Http.object(
        operator.post(participants, Fixtures.walkIn("Rina Marlina", "0812 1111 2222")), 201);
    Http.object(
        operator.post(participants, Fixtures.walkIn("Dewi Lestari", "0813 3333 4444")), 201);
    Http.object(operator.post(participants, noPhone("Budi Santoso")), 201);

    // Staff see a personal code for the invitee without a phone only; a viewer sees none.
    JsonObject budi = participant(operator, participants, "Budi Santoso");
    String code = budi.getString("checkInCode");
    assertTrue(code.matches("[0-9]{6}"), code);
    assertFalse(participant(operator, participants, "Rina Marlina").containsKey("checkInCode"));
    Http viewer = Accounts.user("VIEWER", "18.07");
    assertFalse(participant(viewer, participants, "Budi Santoso").containsKey("checkInCode"));

    JsonObject link = Http.object(operator.get("/api/events/" + id + "/check-in/link"), 200);
    String url = link.getString("url");
    assertTrue(url.startsWith(Http.BASE + "/hadir.xhtml?t=" + id + "."), url);
    ZoneOffset wib = ZoneOffset.ofHours(7);
    assertEquals(
        soon.minusMinutes(60).toInstant(wib), Instant.parse(link.getString("opensAt")), "60 min");
    assertEquals(soon.plusHours(2).toInstant(wib), Instant.parse(link.getString("expiresAt")));
    byte[] qr = operator.getBytes("/api/events/" + id + "/check-in/qr").body();
    assertEquals((byte) 0x89, qr[0], "a PNG");
    Http.problem(viewer.get("/api/events/" + id + "/check-in/link"), 403);

    String token =
        URLDecoder.decode(url.substring(url.indexOf("t=") + 2), StandardCharsets.US_ASCII);
    String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    long later = Instant.now().getEpochSecond() + 3600;
    String oldFormat = id + "." + later + "." + mac(id + "." + later);

    try (Chromium phone = Chromium.phone()) {
      phone.open(url);
      assertEquals(390, phone.screenWidth(), "a phone-sized screen");
      assertTrue(phone.text().contains("Balai Desa Sidodadi"), phone.text());
      phone.screenshot("hadir-form");
      phone.find("#checkin\\:phone").sendKeys("+62 812-1111-2222");
      phone.submit("#checkin\\:submit");
      assertTrue(phone.text().contains("Terima kasih, R*** M******"), phone.text());
      assertFalse(phone.text().contains("Rina Marlina"), "never the full name");
      phone.screenshot("hadir-done");

      // A name alone checks nobody in.
      phone.open(url);
      phone.find("#checkin\\:phone").sendKeys("Dewi Lestari");
      phone.submit("#checkin\\:submit");
      assertTrue(
          phone
              .find(".field:has(#checkin\\:phone) .msg-error")
              .getText()
              .contains("Nomor HP tidak valid"),
          phone.text());
      assertFalse(phone.text().contains("Terima kasih"), phone.text());

      phone.open(url);
      phone.find("#checkin\\:phone").sendKeys(code);
      phone.submit("#checkin\\:submit");
      assertTrue(phone.text().contains("Terima kasih, B*** S******"), phone.text());

      phone.open(url);
      phone.find("#checkin\\:phone").sendKeys("0819 9999 0000");
      phone.submit("#checkin\\:submit");
      assertTrue(phone.text().contains("tidak ada dalam daftar undangan"), phone.text());

      phone.open(Http.BASE + "/hadir.xhtml?t=" + tampered);
      assertTrue(phone.text().contains("tidak sah"), phone.text());
      assertFalse(phone.has("#checkin\\:submit"), "no form for a tampered link");
      phone.open(Http.BASE + "/hadir.xhtml?t=" + oldFormat);
      assertTrue(phone.text().contains("tidak sah"), phone.text());
      assertFalse(phone.has("#checkin\\:submit"), "no form for a link of the old format");

      // Outside the window: an event tomorrow has not opened, one in 2020 has closed.
      phone.open(linkOf(operator, event(operator, kkb, soon.plusDays(1))));
      assertTrue(phone.text().contains("belum dibuka"), phone.text());
      assertFalse(phone.has("#checkin\\:submit"), "no form before the window");
      phone.screenshot("hadir-not-yet-open");
      phone.open(linkOf(operator, event(operator, kkb, LocalDateTime.of(2020, 6, 5, 9, 0))));
      assertTrue(phone.text().contains("sudah ditutup"), phone.text());
      assertFalse(phone.has("#checkin\\:submit"), "no form after the window");
    }

    assertEquals(
        "PRESENT", participant(operator, participants, "Rina Marlina").getString("attendance"));
    assertEquals(
        "QR", participant(operator, participants, "Rina Marlina").getString("checkInChannel"));
    assertEquals(
        "PRESENT", participant(operator, participants, "Budi Santoso").getString("attendance"));
    assertEquals(
        "NOT_RECORDED",
        participant(operator, participants, "Dewi Lestari").getString("attendance"));

    // Failed attempts from one address are counted: after the limit (15 in 5 minutes) the page
    // answers 429, even for a right number, until the time passes. The phone's one failure above
    // counts too when Chromium reached the server from the same loopback address as this client.
    Browser desk = new Browser();
    String page = "/hadir.xhtml?t=" + URLEncoder.encode(token, StandardCharsets.US_ASCII);
    int refusedAt = -1;
    for (int i = 1; i <= 17 && refusedAt < 0; i++) {
      HttpResponse<String> answer =
          desk.submit(page, "checkin", Map.of("phone", "0819 0000 00" + (10 + i)), "submit");
      if (answer.statusCode() == 429) {
        refusedAt = i;
        assertTrue(answer.body().contains("Terlalu banyak percobaan"), answer.body());
      } else {
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("tidak ada dalam daftar undangan"), answer.body());
      }
    }
    assertTrue(refusedAt == 15 || refusedAt == 16, "refused after 15 failures, at " + refusedAt);
    assertEquals(
        429,
        desk.submit(page, "checkin", Map.of("phone", "0813 3333 4444"), "submit").statusCode());
    assertEquals(
        "NOT_RECORDED",
        participant(operator, participants, "Dewi Lestari").getString("attendance"));
    JsonObject totals = Http.object(operator.get(participants + "/totals"), 200);
    assertEquals(2, totals.getInt("present"));
    assertEquals(1, totals.getInt("notRecorded"));
  }

  private static long event(Http operator, long kkb, LocalDateTime startsAt) {
    return Http.object(
            operator.post(
                "/api/events",
                Fixtures.event(operator, kkb, 20)
                    .add("startsAt", startsAt.format(MINUTE))
                    .add("endsAt", startsAt.plusHours(2).format(MINUTE))
                    .build()
                    .toString()),
            201)
        .getJsonNumber("id")
        .longValue();
  }

  private static String linkOf(Http operator, long event) {
    return Http.object(operator.get("/api/events/" + event + "/check-in/link"), 200)
        .getString("url");
  }

  private static JsonObject participant(Http as, String participants, String name) {
    return Http.json(as.get(participants)).asJsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(p -> p.getString("fullName").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static String noPhone(String name) {
    return Json.createObjectBuilder()
        .add("fullName", name)
        .add("sex", "MALE")
        .add("category", "CADRE")
        .add("affiliation", "Kader KB Desa Sidodadi")
        .build()
        .toString();
  }

  /** Signs with the server's development key, as an old link would have been signed. */
  private static String mac(String payload) throws Exception {
    // The key lives in the secrets folder beside the data folder, not in the data.
    Path data = Path.of(System.getenv().getOrDefault("KKB_DATA_DIR", "target/data"));
    byte[] key =
        Base64.getDecoder()
            .decode(
                Files.readString(
                        data.resolveSibling("secrets").resolve("checkin.key"),
                        StandardCharsets.US_ASCII)
                    .strip());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
  }
}
