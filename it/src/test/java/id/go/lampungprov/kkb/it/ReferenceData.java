package id.go.lampungprov.kkb.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the tests look up in the demo data: Kampung KB Sidodadi and its reference event of 5 June
 * 2020, the agencies, villages of Lampung Timur free for a new registration. Public, as micro's
 * cluster tests use the same records.
 */
public final class ReferenceData {

  /** Desa Sidodadi, Kecamatan Pekalongan, Kabupaten Lampung Timur. */
  public static final String SIDODADI = "18.07.04.2003";

  /** Villages of Lampung Timur handed out one per registration, so reruns on one database work. */
  private static final AtomicInteger NEXT_VILLAGE = new AtomicInteger();

  private static List<String> villages;

  private ReferenceData() {}

  /** The active Kampung KB of Desa Sidodadi. */
  static long sidodadi(Http as) {
    return Http.object(as.get("/api/kampung-kb?status=ACTIVE&region=" + SIDODADI), 200)
        .getJsonArray("content")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /** The id of the agency with this code (DPPPA, BKKBN …). */
  static long agency(Http as, String code) {
    return Http.element(as.get("/api/agencies"), "code", code).getJsonNumber("id").longValue();
  }

  /** The demo data's reported event of 5 June 2020 at Balai Desa Sidodadi. */
  public static long referenceEvent(Http as) {
    return referenceEventAsListed(as).getJsonNumber("id").longValue();
  }

  /** The reference event as the calendar lists it. */
  static JsonObject referenceEventAsListed(Http as) {
    return Http.object(as.get("/api/events?from=2020-06-05&to=2020-06-05&status=REPORTED"), 200)
        .getJsonArray("content")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("venue").equals("Balai Desa Sidodadi"))
        .findFirst()
        .orElseThrow();
  }

  /**
   * A village of Lampung Timur without an active Kampung KB, never handed out before in this run
   * (earlier runs on the same database took some).
   */
  public static synchronized String freeVillage(Http as) {
    if (villages == null) {
      JsonObject page =
          Http.object(
              Accounts.admin(as.base())
                  .get("/api/regions?within=18.07&level=VILLAGE&size=200&page=1"),
              200);
      villages =
          page.getJsonArray("content").stream()
              .map(v -> v.asJsonObject().getString("code"))
              .toList();
    }
    while (true) {
      String code = villages.get(NEXT_VILLAGE.getAndIncrement());
      JsonObject existing =
          Http.object(as.get("/api/kampung-kb?status=ACTIVE&region=" + code), 200);
      if (existing.getJsonNumber("totalElements").longValue() == 0) {
        return code;
      }
    }
  }

  /** A Kampung KB Sidodadi left active by an earlier test is closed, never deleted. */
  static void closeActiveSidodadi(Http officer) {
    JsonObject page =
        Http.object(officer.get("/api/kampung-kb?status=ACTIVE&region=" + SIDODADI), 200);
    for (JsonValue k : page.getJsonArray("content")) {
      close(officer, k.asJsonObject().getJsonNumber("id").longValue());
    }
  }

  /** Deactivates a Kampung KB (the reference scenario is over). */
  static void close(Http as, long kkb) {
    String deactivation =
        Json.createObjectBuilder()
            .add("reason", "Skenario acuan selesai")
            .add("since", "2024-07-01")
            .build()
            .toString();
    String path = "/api/kampung-kb/" + kkb;
    Http.object(as.post(path + "/deactivation", as.etag(path), deactivation), 200);
  }
}
