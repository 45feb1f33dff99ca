package id.go.lampungprov.kkb.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Request bodies the tests share: a Kampung KB, its profile and figures, a person, an event and a
 * walk-in participant. Public, as micro's cluster tests register Kampung KB with it too.
 */
public final class Fixtures {

  /** The Pokja's officers and sections, one person each. */
  static final List<String> POKJA_OFFICERS =
      List.of(
          ("CHAIR SECRETARY TREASURER SECTION_RELIGIOUS SECTION_SOCIO_CULTURAL"
                  + " SECTION_LOVE_AND_AFFECTION SECTION_PROTECTION SECTION_REPRODUCTION"
                  + " SECTION_EDUCATION SECTION_ECONOMY SECTION_ENVIRONMENT")
              .split(" "));

  private Fixtures() {}

  /** A Kampung KB in this village, ready to register. */
  public static JsonObjectBuilder kampung(String village, String name) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("villageCode", village)
        .add("declarationDate", "2024-03-14")
        .add("rwCoverage", "RW 01-03")
        .add("latitude", -5.1234)
        .add("longitude", 105.6789)
        .add(
            "criteria",
            Json.createArrayBuilder()
                .add("POOR_FAMILIES_ABOVE_AVERAGE")
                .add("KB_PARTICIPATION_BELOW_AVERAGE")
                .add("RIVERBANK"));
  }

  /** Registers a Kampung KB in a free village of Lampung Timur; returns its id. */
  static long registerKampungKb(Http as, String name) {
    return registerKampungKb(as, ReferenceData.freeVillage(as), name);
  }

  /** Registers a Kampung KB in this village (201); returns its id. */
  static long registerKampungKb(Http as, String village, String name) {
    String body = kampung(village, name).build().toString();
    return Http.object(as.post("/api/kampung-kb", body), 201).getJsonNumber("id").longValue();
  }

  /** An event like the reference one (5 June 2020, Balai Desa Sidodadi) for this Kampung KB. */
  static JsonObjectBuilder event(Http as, long kkb, int quota) {
    return Json.createObjectBuilder()
        .add("type", "COE_COACHING")
        .add("title", "Pembinaan dan Pengembangan COE Pengelolaan Kampung KB")
        .add("leadAgencyId", ReferenceData.agency(as, "DPPPA"))
        .add("coOrganiserIds", Json.createArrayBuilder().add(ReferenceData.agency(as, "BKKBN")))
        .add("startsAt", "2020-06-05T09:00")
        .add("endsAt", "2020-06-05T12:30")
        .add("venue", "Balai Desa Sidodadi")
        .add("venueVillage", ReferenceData.SIDODADI)
        .add("targetKampungKbIds", Json.createArrayBuilder().add(kkb))
        .add("budgetSource", "APBD Provinsi Lampung")
        .add("quota", quota)
        .add("healthProtocol", "Masker, cuci tangan, jaga jarak");
  }

  /** Plans an event like the reference one for this Kampung KB: 201, its JSON. */
  static JsonObject planEvent(Http as, long kkb, int quota) {
    return Http.object(as.post("/api/events", event(as, kkb, quota).build().toString()), 201);
  }

  /** Invites the Kampung KB's Pokja and cadres to the event at {@code path}; returns them. */
  static JsonArray inviteFromRegistry(Http as, String path, long kkb) {
    String body = Json.createObjectBuilder().add("kampungKbId", kkb).build().toString();
    return Http.json(as.post(path + "/participants/from-registry", body)).asJsonArray();
  }

  /** A participant who was not invited and signs in at the door. */
  static String walkIn(String name, String phone) {
    return Json.createObjectBuilder()
        .add("fullName", name)
        .add("sex", "FEMALE")
        .add("phone", phone)
        .add("category", "CADRE")
        .add("affiliation", "Kader KB Desa Sidodadi")
        .build()
        .toString();
  }

  static String profile(String validFrom, boolean pokja, int members, String funding) {
    return Json.createObjectBuilder()
        .add("validFrom", validFrom)
        .add("pokjaExists", pokja)
        .add("pokjaHasDecree", pokja)
        .add("pokjaTrained", false)
        .add("pokjaMembers", members)
        .add("pkbName", "Siti Rahmawati")
        .add("pkbNip", "19860926 201505 1 001")
        .add("regulationLevel", "VILLAGE")
        .add("hasRkm", true)
        .add(
            "dataSources", Json.createArrayBuilder().add("FAMILY_DATA_PK").add("VILLAGE_POTENTIAL"))
        .add("fundingSources", Json.createArrayBuilder().add(funding))
        .add("hasSecretariat", true)
        .add("rumahDataKu", "SEDERHANA")
        .add("poktan", Json.createArrayBuilder().add("BKB").add("BKR").add("UPPKA"))
        .add(
            "mechanisms",
            Json.createObjectBuilder()
                .add("PLANNING_MEETING", "MONTHLY")
                .add("REPORTING", "MONTHLY"))
        .build()
        .toString();
  }

  static JsonObjectBuilder figures() {
    return Json.createObjectBuilder()
        .add("families", 400)
        .add("pus", 300)
        .add("teenagers", 120)
        .add("familiesWithToddlers", 90)
        .add("familiesWithTeens", 80)
        .add("familiesWithElderly", 70)
        .add("bkbParticipants", 40)
        .add("bkrParticipants", 35)
        .add("bklParticipants", 30)
        .add("uppkaParticipants", 20)
        .add("pikrParticipants", 25)
        .add("usersIud", 20)
        .add("usersMow", 5)
        .add("usersMop", 1)
        .add("usersCondom", 10)
        .add("usersImplant", 34)
        .add("usersInjectable", 70)
        .add("usersPill", 40)
        .add("nonUsersPregnant", 10)
        .add("nonUsersWantChildSoon", 20)
        .add("nonUsersIat", 30)
        .add("nonUsersTial", 15)
        .add("bpjsUsers", 150);
  }

  /** A person of this village, ready to register (sex FEMALE or MALE). */
  public static String person(String village, String name, String sex) {
    return Json.createObjectBuilder()
        .add("villageCode", village)
        .add("fullName", name)
        .add("sex", sex)
        .build()
        .toString();
  }

  static long newPerson(Http as, String village, String name) {
    String body = person(village, name, "FEMALE");
    return Http.object(as.post("/api/persons", body), 201).getJsonNumber("id").longValue();
  }

  /** Registers a person of this village, "Kader TYPE", and appoints them a cadre (201). */
  static void appointCadre(Http as, long kkb, String village, String type) {
    String cadre =
        Json.createObjectBuilder()
            .add("personId", newPerson(as, village, "Kader " + type))
            .add("type", type)
            .add("termStart", "2024-04-01")
            .build()
            .toString();
    Http.object(as.post("/api/kampung-kb/" + kkb + "/cadres", cadre), 201);
  }

  static String member(long person, String role) {
    return Json.createObjectBuilder()
        .add("personId", person)
        .add("role", role)
        .add("termStart", "2024-04-01")
        .add("trained", true)
        .build()
        .toString();
  }
}
