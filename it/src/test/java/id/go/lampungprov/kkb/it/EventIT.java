package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Coaching events over HTTP, with the reference event of 5 June 2020 at Balai Desa Sidodadi. */
@ExtendWith(ArquillianExtension.class)
class EventIT {

  @Test
  void theReferenceEventWithTwentyParticipantsEighteenPresent() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = ReferenceData.sidodadi(operator);
    JsonObject created = Fixtures.planEvent(operator, kkb, 20);
    long id = created.getJsonNumber("id").longValue();
    assertEquals("Jumat, 5 Juni 2020", created.getString("dateText"));
    assertEquals("Jumat", created.getString("weekday"));
    String base = "/api/events/" + id;

    JsonArray invited = Fixtures.inviteFromRegistry(operator, base, kkb);
    assertEquals(20, invited.size(), invited.toString());
    Http.assertRefused(
        operator.post(base + "/participants", Fixtures.walkIn("Peserta Ke-21", "0817 2121 2121")),
        409,
        "participants",
        "quota");
    assertEquals(20, Http.json(operator.get(base + "/participants")).asJsonArray().size());
    for (int i = 0; i < invited.size(); i++) {
      String attendance = i < 18 ? "PRESENT" : "EXCUSED";
      Http.object(
          operator.put(
              base
                  + "/participants/"
                  + invited.getJsonObject(i).getJsonNumber("id")
                  + "/attendance",
              Json.createObjectBuilder().add("attendance", attendance).build().toString()),
          200);
    }

    String officials =
        Json.createObjectBuilder()
            .add(
                "officials",
                Json.createArrayBuilder()
                    .add(
                        official(
                            "Theresia Sormin",
                            "Kepala Dinas PPPA Provinsi Lampung",
                            "OPENING_SPEECH"))
                    .add(official("Ir. Erismon", "Kabid Pengendalian Penduduk BKKBN", "SPEAKER"))
                    .add(official("Camat Pekalongan", "Camat Pekalongan", "GUEST")))
            .build()
            .toString();
    JsonObject withOfficials =
        Http.object(operator.put(base + "/officials", operator.etag(base), officials), 200);
    assertEquals(3, withOfficials.getJsonArray("officials").size());
    Http.object(operator.put(base + "/minutes", operator.etag(base), minutes()), 200);
    for (String action : List.of("Menyusun RKM Kampung KB", "Memperbarui data keluarga")) {
      String followUp =
          Json.createObjectBuilder()
              .add("action", action)
              .add("owner", "Ketua Pokja")
              .add("dueDate", "2020-07-31")
              .build()
              .toString();
      Http.object(operator.post(base + "/follow-ups", followUp), 201);
    }

    JsonObject totals = Http.object(operator.get(base + "/participants/totals"), 200);
    assertEquals(20, totals.getInt("invited"));
    assertEquals(18, totals.getInt("present"));
    assertEquals(2, totals.getInt("excused"));
    assertEquals(13, totals.getJsonObject("byCategory").getJsonObject("POKJA").getInt("invited"));
    assertEquals(7, totals.getJsonObject("byCategory").getJsonObject("CADRE").getInt("invited"));
    Map<String, Long> invitedBySex =
        invited.stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.groupingBy(p -> p.getString("sex"), Collectors.counting()));
    invitedBySex.forEach(
        (sex, n) ->
            assertEquals(
                n.intValue(), totals.getJsonObject("bySex").getJsonObject(sex).getInt("invited")));
    int presentBySex =
        totals.getJsonObject("bySex").values().stream()
            .mapToInt(v -> v.asJsonObject().getInt("present"))
            .sum();
    assertEquals(18, presentBySex);
    assertEquals(2, Http.json(operator.get(base + "/follow-ups")).asJsonArray().size());
    assertTrue(
        Http.json(operator.get("/api/follow-ups/overdue")).asJsonArray().stream()
            .anyMatch(f -> f.asJsonObject().getJsonNumber("eventId").longValue() == id),
        "due 2020-07-31 and still open: overdue");

    // A regency operator of Lampung Selatan sees neither the event nor it in lists.
    Http south = Accounts.user("REGENCY_OPERATOR", "18.01");
    Http.problem(south.get(base), 404);
    Http.problem(south.get(base + "/participants"), 404);
    assertEquals(0, Http.total(south.get("/api/events?region=18.07")));
    JsonArray audit =
        Http.object(
                Accounts.admin()
                    .get("/api/audit?entityType=CoachingEvent&entityId=" + id + "&size=100"),
                200)
            .getJsonArray("content");
    assertTrue(audit.size() >= 3, audit.toString());
  }

  @Test
  void quotaDuplicatesCancellationAndTheFrozenReportAreRefusedWithoutChange() {
    Http operator = Accounts.user("REGENCY_OPERATOR", "18.07");
    long kkb = ReferenceData.sidodadi(operator);
    JsonObjectBuilder backwards =
        Fixtures.event(operator, kkb, 20).add("endsAt", "2020-06-05T08:00");
    Http.assertRefused(
        operator.post("/api/events", backwards.build().toString()), 400, "endsAt", "after-start");

    long id = Fixtures.planEvent(operator, kkb, 2).getJsonNumber("id").longValue();
    String participants = "/api/events/" + id + "/participants";
    JsonObject first =
        Http.object(
            operator.post(participants, Fixtures.walkIn("Rina Marlina", "0812 1111 2222")), 201);
    Http.assertRefused(
        operator.post(participants, Fixtures.walkIn("Rina M.", "+62 812-1111-2222")),
        409,
        "phone",
        "once-per-event");
    Http.object(
        operator.post(participants, Fixtures.walkIn("Dewi Lestari", "0813 3333 4444")), 201);
    Http.assertRefused(
        operator.post(participants, Fixtures.walkIn("Peserta Ketiga", "0814 5555 6666")),
        409,
        "participants",
        "quota");
    assertEquals(2, Http.json(operator.get(participants)).asJsonArray().size());

    // The same registry person twice.
    long other = Fixtures.planEvent(operator, kkb, 30).getJsonNumber("id").longValue();
    long person =
        Http.json(operator.get("/api/kampung-kb/" + kkb + "/pokja"))
            .asJsonArray()
            .getJsonObject(0)
            .getJsonObject("person")
            .getJsonNumber("id")
            .longValue();
    String invite =
        Json.createObjectBuilder()
            .add("personId", person)
            .add("category", "POKJA")
            .build()
            .toString();
    Http.object(operator.post("/api/events/" + other + "/participants", invite), 201);
    Http.assertRefused(
        operator.post("/api/events/" + other + "/participants", invite),
        409,
        "personId",
        "once-per-event");

    // A cancelled event takes no check-in.
    String cancel = Json.createObjectBuilder().add("reason", "Banjir di lokasi").build().toString();
    Http.object(
        operator.post(
            "/api/events/" + id + "/cancellation", operator.etag("/api/events/" + id), cancel),
        200);
    String present = Json.createObjectBuilder().add("attendance", "PRESENT").build().toString();
    Http.assertRefused(
        operator.put(participants + "/" + first.getJsonNumber("id") + "/attendance", present),
        409,
        "status",
        "cancelled");
    assertEquals(
        "NOT_RECORDED",
        Http.json(operator.get(participants))
            .asJsonArray()
            .getJsonObject(0)
            .getString("attendance"));

    // A reported event is frozen; only a province officer reopens it.
    String path = "/api/events/" + other;
    Http.object(operator.post(path + "/held", operator.etag(path), "{}"), 200);
    Http.object(operator.put(path + "/minutes", operator.etag(path), minutes()), 200);
    JsonObject reported =
        Http.object(operator.post(path + "/report", operator.etag(path), "{}"), 200);
    assertEquals("REPORTED", reported.getString("status"));
    long version = reported.getJsonNumber("version").longValue();
    Http.assertRefused(
        operator.put(
            path,
            operator.etag(path),
            Fixtures.event(operator, kkb, 30).add("title", "Diubah").build().toString()),
        409,
        "status",
        "frozen");
    Http.assertRefused(
        operator.post(path + "/participants", Fixtures.walkIn("Terlambat", "0815 7777 8888")),
        409,
        "status",
        "frozen");
    JsonObject after = Http.object(operator.get(path), 200);
    assertEquals(version, after.getJsonNumber("version").longValue(), "nothing changed");
    assertEquals(1, after.getInt("participantCount"));
    String reason =
        Json.createObjectBuilder().add("reason", "Koreksi daftar hadir").build().toString();
    Http.problem(operator.post(path + "/reopening", operator.etag(path), reason), 403);
    JsonObject reopened =
        Http.object(
            Accounts.user("PROVINCE_OFFICER", "18")
                .post(path + "/reopening", operator.etag(path), reason),
            200);
    assertEquals("HELD", reopened.getString("status"));
    assertEquals("Koreksi daftar hadir", reopened.getString("statusReason"));
  }

  @Test
  void theDemoDataHoldsTheReferenceEvent() {
    Http viewer = Accounts.user("VIEWER", "18.07");
    JsonObject reference = ReferenceData.referenceEventAsListed(viewer);
    assertEquals("Jumat, 5 Juni 2020", reference.getString("dateText"));
    assertEquals("DPPPA", reference.getJsonObject("leadAgency").getString("code"));
    JsonObject totals =
        Http.object(
            viewer.get("/api/events/" + reference.getJsonNumber("id") + "/participants/totals"),
            200);
    assertEquals(20, totals.getInt("invited"));
    assertEquals(18, totals.getInt("present"));

    String sheet = "/api/events/" + reference.getJsonNumber("id") + "/documents/daftar-hadir";
    String blank = Pdfs.text(viewer, sheet);
    assertTrue(blank.contains("DAFTAR HADIR") && blank.contains("Jumat, 5 Juni 2020"), blank);
    assertTrue(blank.contains("20."), "twenty numbered signature cells");
    String marked = Pdfs.text(viewer, sheet + "?marked=true");
    assertTrue(marked.contains("Hadir 18 dari 20 peserta"), marked);
    assertTrue(marked.contains("Izin"), marked);
    assertTrue(!java.util.regex.Pattern.compile("\\b\\d{16}\\b").matcher(marked).find(), "no NIK");
    Http.problem(Accounts.user("VIEWER", "18.01").get(sheet), 404);
  }

  private static JsonObjectBuilder official(String name, String position, String role) {
    return Json.createObjectBuilder()
        .add("fullName", name)
        .add("position", position)
        .add("role", role);
  }

  private static String minutes() {
    return Json.createObjectBuilder()
        .add("chair", "Kepala Dinas PPPA Provinsi Lampung")
        .add("minuteTaker", "Sekretaris Pokja")
        .add("discussion", "Pengelolaan Kampung KB masih kuantitatif.")
        .add("decisions", "Pokja menyusun RKM.")
        .add("outcome", "Peserta memahami kriteria COE.")
        .build()
        .toString();
  }
}
