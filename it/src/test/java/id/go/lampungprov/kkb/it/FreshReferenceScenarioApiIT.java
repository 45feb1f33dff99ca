package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reference scenario through the API alone, on an installation without demo data: Kampung KB
 * Sidodadi (18.07.04.2003) registered with its Pokja, the event of Friday 5 June 2020 at Balai Desa
 * Sidodadi planned with 20 participants, all present, held and reported, and the Laporan Kegiatan
 * issued, signed and verified. Runs on Payara Server (fresh-installation execution) and on Payara
 * Micro (micro module), the same class on both. Sidodadi is closed at the end, as it was found.
 */
@ExtendWith(ArquillianExtension.class)
class FreshReferenceScenarioApiIT {

  static final String SIDODADI = "18.07.04.2003";

  @Test
  void sidodadiItsEventOfFiveJune2020AndTheSignedLaporanKegiatan() throws Exception {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    Http officer = Accounts.user("PROVINCE_OFFICER", "18");
    ReferenceData.closeActiveSidodadi(officer);

    String registration =
        Json.createObjectBuilder()
            .add("name", "Kampung KB Sidodadi")
            .add("villageCode", SIDODADI)
            .add("declarationDate", "2016-06-13")
            .add("criteria", Json.createArrayBuilder().add("KB_PARTICIPATION_BELOW_AVERAGE"))
            .build()
            .toString();
    long kkb =
        Http.object(operator.post("/api/kampung-kb", registration), 201)
            .getJsonNumber("id")
            .longValue();
    String kkbPath = "/api/kampung-kb/" + kkb;
    List<String> officers = List.of("CHAIR", "SECRETARY", "TREASURER");
    for (String role : officers) {
      long person = Fixtures.newPerson(operator, SIDODADI, "Pokja Sidodadi " + role);
      Http.object(operator.post(kkbPath + "/pokja", Fixtures.member(person, role)), 201);
    }

    JsonObject planned = Fixtures.planEvent(operator, kkb, 20);
    assertEquals("Jumat, 5 Juni 2020", planned.getString("dateText"));
    long event = planned.getJsonNumber("id").longValue();
    String path = "/api/events/" + event;
    JsonArray fromRegistry = Fixtures.inviteFromRegistry(operator, path, kkb);
    assertEquals(officers.size(), fromRegistry.size(), fromRegistry.toString());
    for (int i = fromRegistry.size() + 1; i <= 20; i++) {
      Http.object(
          operator.post(
              path + "/participants",
              Fixtures.walkIn("Peserta Sidodadi " + i, String.format("0812 7000 %04d", i))),
          201);
    }
    JsonArray participants = Http.json(operator.get(path + "/participants")).asJsonArray();
    assertEquals(20, participants.size());
    String present = Json.createObjectBuilder().add("attendance", "PRESENT").build().toString();
    for (JsonValue p : participants) {
      Http.object(
          operator.put(
              path + "/participants/" + p.asJsonObject().getJsonNumber("id") + "/attendance",
              present),
          200);
    }
    Http.object(operator.post(path + "/held", operator.etag(path), "{}"), 200);
    String minutes =
        Json.createObjectBuilder()
            .add("chair", "Kepala Dinas PPPA Provinsi Lampung")
            .add("minuteTaker", "Sekretaris Pokja Sidodadi")
            .add("discussion", "Pengelolaan Kampung KB masih bersifat kuantitatif.")
            .add("decisions", "Pokja menyusun Rencana Kerja Masyarakat.")
            .add("outcome", "Peserta memahami kriteria COE.")
            .build()
            .toString();
    Http.object(operator.put(path + "/minutes", operator.etag(path), minutes), 200);
    Http.object(operator.post(path + "/report", operator.etag(path), "{}"), 200);
    assertEquals(
        20, Http.object(operator.get(path + "/participants/totals"), 200).getInt("present"));

    JsonObject issued = Http.object(operator.post(path + "/documents/laporan-kegiatan", "{}"), 201);
    byte[] pdf = operator.getBytes("/api/documents/" + issued.getString("id") + "/pdf").body();
    String text = Pdfs.text(pdf);
    Pdfs.assertShows(
        text,
        "LAPORAN KEGIATAN",
        "Jumat, 5 Juni 2020",
        "Balai Desa Sidodadi",
        "Peserta memahami kriteria COE.",
        "DAFTAR HADIR",
        "Peserta Sidodadi 20");
    JsonObject check = Pdfs.verify(pdf);
    assertTrue(check.getBoolean("intact") && check.getBoolean("registered"), check.toString());
    assertEquals("LAPORAN_KEGIATAN", check.getJsonObject("document").getString("type"));

    ReferenceData.close(officer, kkb);
  }
}
