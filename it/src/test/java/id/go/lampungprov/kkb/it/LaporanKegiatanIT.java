package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Laporan Kegiatan as an official report: the reference event's report has the sections in
 * order with the obstacles of its report draft; a draft written through the API is printed, and a
 * part too long is refused naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class LaporanKegiatanIT {

  private static final List<String> SECTIONS =
      List.of(
          "I. PENDAHULUAN",
          "D. Dasar",
          "II. KEGIATAN YANG DILAKSANAKAN",
          "B. Susunan Acara",
          "III. HASIL YANG DICAPAI",
          "B. Hambatan/Kendala",
          "IV. SIMPULAN DAN SARAN",
          "V. PENUTUP",
          "DAFTAR HADIR");

  @Test
  void theReferenceReportReadsAsAnOfficialReport() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long event = ReferenceData.referenceEvent(operator);
    String text =
        Pdfs.text(operator, "/api/events/" + event + "/documents/laporan-kegiatan")
            .replaceAll("\\s+", " ");
    int at = 0;
    for (String section : SECTIONS) {
      int found = text.indexOf(section, at);
      assertTrue(found >= at, section + " after " + at + ": " + text);
      at = found;
    }
    assertTrue(text.contains("Data keluarga Kampung KB Sidodadi belum seluruhnya"), text);
    assertTrue(text.contains("Undang-Undang Nomor 52 Tahun 2009"), text);
  }

  @Test
  void aDraftWrittenThroughTheApiIsPrintedAndBoundedByField() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = ReferenceData.sidodadi(operator);
    long id = Fixtures.planEvent(operator, kkb, 20).getJsonNumber("id").longValue();
    String base = "/api/events/" + id;

    String tooLong =
        Json.createObjectBuilder().add("obstacles", "x".repeat(4001)).build().toString();
    JsonObject problem =
        Http.problem(operator.put(base + "/report-draft", operator.etag(base), tooLong), 400);
    assertTrue(problem.toString().contains("obstacles"), problem.toString());

    String draft =
        Json.createObjectBuilder()
            .add("obstacles", "Hujan deras menunda pembukaan satu jam.")
            .add("obstacleHandling", "Acara dipadatkan tanpa mengurangi materi.")
            .add("legalBases", "Peraturan Gubernur Lampung tentang Kampung KB")
            .add("suggestions", "Jadwal berikutnya di luar musim hujan.")
            .build()
            .toString();
    JsonObject saved =
        Http.object(operator.put(base + "/report-draft", operator.etag(base), draft), 200);
    assertEquals(
        "Hujan deras menunda pembukaan satu jam.",
        saved.getJsonObject("reportDraft").getString("obstacles"));
    String text = Pdfs.text(operator, base + "/documents/laporan-kegiatan").replaceAll("\\s+", " ");
    assertTrue(text.contains("B. Hambatan/Kendala Hujan deras menunda pembukaan"), text);
    assertTrue(text.contains("1. Peraturan Gubernur Lampung tentang Kampung KB."), text);
    assertTrue(text.contains("B. Saran Jadwal berikutnya di luar musim hujan."), text);
  }

  @Test
  void anOfficerWritesTheDraftOnTheEventPageStartingFromTheStandardLegalBases() throws Exception {
    String username = Accounts.username("REGENCY_OPERATOR", "18.07");
    Http api = Http.basic(username, Accounts.PASSWORD);
    long id =
        Fixtures.planEvent(api, ReferenceData.sidodadi(api), 20).getJsonNumber("id").longValue();
    try (Chromium browser = Chromium.desktop()) {
      Staff.login(browser, username);
      browser.open(Http.BASE + "/kegiatan/detail.xhtml?id=" + id);
      assertTrue(
          browser
              .find("#reportDraft\\:legalBases")
              .getAttribute("value")
              .contains("Undang-Undang Nomor 52 Tahun 2009"),
          "the standard list to start from");
      browser.find("#reportDraft\\:obstacles").sendKeys("Listrik padam selama sesi kedua.");
      browser.find("#reportDraft\\:suggestions").sendKeys("Siapkan genset cadangan.");
      browser.submit("#reportDraft\\:save");
      assertTrue(browser.text().contains("Bahan laporan kegiatan disimpan."), browser.text());
    }
    JsonObject draft = Http.object(api.get("/api/events/" + id), 200).getJsonObject("reportDraft");
    assertEquals("Listrik padam selama sesi kedua.", draft.getString("obstacles"));
    assertEquals("Siapkan genset cadangan.", draft.getString("suggestions"));
    assertTrue(draft.getString("legalBases").startsWith("Undang-Undang Nomor 52 Tahun 2009"));
  }
}
