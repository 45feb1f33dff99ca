package id.go.lampungprov.kkb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class RegionApiIT {

  @Test
  void lampungHasFifteenRegenciesAndCities() {
    HttpResponse<String> response = Accounts.admin().get("/api/regions/18/children");
    assertEquals(200, response.statusCode(), response.body());
    JsonArray children = Http.json(response).asJsonArray();
    List<String> codes = children.stream().map(v -> v.asJsonObject().getString("code")).toList();
    assertEquals(
        List.of(
            "18.01", "18.02", "18.03", "18.04", "18.05", "18.06", "18.07", "18.08", "18.09",
            "18.10", "18.11", "18.12", "18.13", "18.71", "18.72"),
        codes);
    JsonObject lampungTimur = children.getJsonObject(6);
    assertEquals("Kabupaten Lampung Timur", lampungTimur.getString("name"));
    assertEquals("REGENCY", lampungTimur.getString("level"));
    assertEquals("18", lampungTimur.getString("parentCode"));
  }

  @Test
  void sidodadiIsADesaInPekalonganLampungTimur() {
    HttpResponse<String> response = Accounts.admin().get("/api/regions/18.07.04.2003");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject sidodadi = Http.json(response).asJsonObject();
    assertEquals("Sidodadi", sidodadi.getString("name"));
    assertEquals("VILLAGE", sidodadi.getString("level"));
    assertEquals("DESA", sidodadi.getString("villageType"));
    assertEquals("18.07.04", sidodadi.getString("parentCode"));
    List<String> ancestors =
        sidodadi.getJsonArray("ancestors").stream()
            .map(v -> v.asJsonObject().getString("name"))
            .toList();
    assertEquals(List.of("Lampung", "Kabupaten Lampung Timur", "Pekalongan"), ancestors);
  }

  @Test
  void searchByNameWithinARegency() {
    HttpResponse<String> response = Accounts.admin().get("/api/regions?q=sidodadi&within=18.07");
    assertEquals(200, response.statusCode(), response.body());
    JsonObject page = Http.json(response).asJsonObject();
    JsonArray content = page.getJsonArray("content");
    assertEquals(page.getJsonNumber("totalElements").longValue(), content.size());
    assertTrue(content.size() >= 2, page.toString());
    assertTrue(
        content.stream()
            .map(v -> v.asJsonObject().getString("code"))
            .anyMatch("18.07.04.2003"::equals),
        page.toString());
    content.forEach(
        v -> {
          assertTrue(v.asJsonObject().getString("code").startsWith("18.07."));
          assertTrue(v.asJsonObject().getString("name").toLowerCase().contains("sidodadi"));
        });
  }

  @Test
  void searchPagesThroughAllVillagesOfADistrict() {
    JsonObject first =
        Http.json(Accounts.admin().get("/api/regions?within=18.07.04&level=village&size=5"))
            .asJsonObject();
    long total = first.getJsonNumber("totalElements").longValue();
    assertTrue(total > 5, first.toString());
    assertEquals(5, first.getJsonArray("content").size());
    JsonObject last =
        Http.json(
                Accounts.admin()
                    .get(
                        "/api/regions?within=18.07.04&level=VILLAGE&size=5&page="
                            + (total - 1) / 5))
            .asJsonObject();
    assertEquals((total - 1) % 5 + 1, last.getJsonArray("content").size());
  }

  @Test
  void searchTreatsWildcardsAsText() {
    JsonObject page =
        Http.json(Accounts.admin().get("/api/regions?q=%25&within=18")).asJsonObject();
    assertEquals(0, page.getJsonNumber("totalElements").longValue(), page.toString());
  }

  @Test
  void malformedCodeIsABadRequestNamingTheRule() {
    for (String bad : List.of("abc", "18.7", "18.07.04.20031", "1807")) {
      JsonObject problem = Http.problem(Accounts.admin().get("/api/regions/" + bad), 400);
      JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
      assertEquals("code", error.getString("field"));
      assertEquals("region-code", error.getString("rule"));
    }
    JsonObject problem = Http.problem(Accounts.admin().get("/api/regions?q=x&within=lampung"), 400);
    assertEquals("within", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void unknownCodeIsNotFound() {
    JsonObject problem = Http.problem(Accounts.admin().get("/api/regions/18.99"), 404);
    assertTrue(problem.getString("detail").contains("18.99"), problem.toString());
    Http.problem(Accounts.admin().get("/api/regions/18.99/children"), 404);
    // Well-formed, but the province is not loaded.
    Http.problem(Accounts.admin().get("/api/regions/31"), 404);
  }

  @Test
  void overlongQueryIsRejectedNotAnError() {
    String q = URLEncoder.encode("x".repeat(10_000), StandardCharsets.UTF_8);
    JsonObject problem = Http.problem(Accounts.admin().get("/api/regions?q=" + q), 400);
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertEquals("q", error.getString("field"));
    assertEquals("max-length", error.getString("rule"));
  }

  @Test
  void badPagingAndLevelAreBadRequests() {
    for (String query : List.of("size=abc", "size=0", "size=100000", "page=-1", "level=kota")) {
      JsonObject problem = Http.problem(Accounts.admin().get("/api/regions?q=a&" + query), 400);
      String field =
          ((JsonString) problem.getJsonArray("errors").getJsonObject(0).get("field")).getString();
      assertEquals(query.substring(0, query.indexOf('=')), field, problem.toString());
    }
    Http.problem(Accounts.admin().get("/api/regions"), 400);
  }
}
