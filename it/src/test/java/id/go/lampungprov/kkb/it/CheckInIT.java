package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * QR check-in from a phone: headless Chromium at phone size opens the signed link of the QR code,
 * the participant types name and number and is marked present; a tampered or expired link is
 * refused with a message a participant understands.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.realEar();
  }

  @Test
  void aParticipantChecksInOnAPhoneAndBadLinksAreRefused() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = EventIT.sidodadi(operator);
    long id =
        Http.object(
                operator.post("/api/events", EventIT.event(operator, kkb, 20).build().toString()),
                201)
            .getJsonNumber("id")
            .longValue();
    String participants = "/api/events/" + id + "/participants";
    Http.object(operator.post(participants, EventIT.walkIn("Rina Marlina", "0812 1111 2222")), 201);
    Http.object(operator.post(participants, EventIT.walkIn("Dewi Lestari", "0813 3333 4444")), 201);

    JsonObject link = Http.object(operator.get("/api/events/" + id + "/check-in/link"), 200);
    String url = link.getString("url");
    assertTrue(url.startsWith(Http.BASE + "/hadir.xhtml?t=" + id + "."), url);
    assertTrue(Instant.parse(link.getString("expiresAt")).isAfter(Instant.now()));
    byte[] qr = operator.getBytes("/api/events/" + id + "/check-in/qr").body();
    assertEquals((byte) 0x89, qr[0], "a PNG");
    Http.problem(Accounts.user("VIEWER", "18.07").get("/api/events/" + id + "/check-in/link"), 403);

    String token =
        URLDecoder.decode(url.substring(url.indexOf("t=") + 2), StandardCharsets.US_ASCII);
    String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    long past = Instant.now().getEpochSecond() - 60;
    String expired = id + "." + past + "." + mac(id + "." + past);

    try (Chromium phone = Chromium.phone()) {
      phone.open(url);
      assertEquals(390, phone.screenWidth(), "a phone-sized screen");
      assertTrue(phone.text().contains("Jumat, 5 Juni 2020"), phone.text());
      assertTrue(phone.text().contains("Balai Desa Sidodadi"), phone.text());
      phone.screenshot("hadir-form");
      phone.find("#checkin\\:fullName").sendKeys("Rina Marlina");
      phone.find("#checkin\\:phone").sendKeys("+62 812-1111-2222");
      phone.submit("#checkin\\:submit");
      assertTrue(phone.text().contains("Terima kasih, Rina Marlina"), phone.text());
      phone.screenshot("hadir-done");

      phone.open(url);
      phone.find("#checkin\\:fullName").sendKeys("Dewi Lestari");
      phone.find("#checkin\\:phone").sendKeys("12ab");
      phone.submit("#checkin\\:submit");
      assertTrue(
          phone
              .find(".field:has(#checkin\\:phone) .msg-error")
              .getText()
              .contains("Nomor HP tidak valid"),
          phone.text());
      assertEquals("Dewi Lestari", phone.find("#checkin\\:fullName").getAttribute("value"));

      phone.open(url);
      phone.find("#checkin\\:fullName").sendKeys("Orang Lain");
      phone.find("#checkin\\:phone").sendKeys("0819 9999 0000");
      phone.submit("#checkin\\:submit");
      assertTrue(phone.text().contains("tidak ada dalam daftar undangan"), phone.text());

      phone.open(Http.BASE + "/hadir.xhtml?t=" + tampered);
      assertTrue(phone.text().contains("tidak sah"), phone.text());
      assertFalse(phone.has("#checkin\\:submit"), "no form for a tampered link");
      phone.open(Http.BASE + "/hadir.xhtml?t=" + expired);
      assertTrue(phone.text().contains("kedaluwarsa"), phone.text());
      assertFalse(phone.has("#checkin\\:submit"), "no form for an expired link");
      phone.screenshot("hadir-expired");
    }

    JsonObject rina =
        Http.json(operator.get(participants)).asJsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(p -> p.getString("fullName").equals("Rina Marlina"))
            .findFirst()
            .orElseThrow();
    assertEquals("PRESENT", rina.getString("attendance"));
    assertEquals("QR", rina.getString("checkInChannel"));
    JsonObject totals = Http.object(operator.get(participants + "/totals"), 200);
    assertEquals(1, totals.getInt("present"));
    assertEquals(1, totals.getInt("notRecorded"));
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
