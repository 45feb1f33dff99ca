package id.go.lampungprov.kkb.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Request bodies the registry tests share. */
final class Fixtures {

  private Fixtures() {}

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

  static long newPerson(Http as, String village, String name) {
    String body =
        Json.createObjectBuilder()
            .add("villageCode", village)
            .add("fullName", name)
            .add("sex", "FEMALE")
            .build()
            .toString();
    return Http.object(as.post("/api/persons", body), 201).getJsonNumber("id").longValue();
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
