package id.go.lampungprov.kkb.it;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole province's villages as one Kampung KB import file, as a provincial officer sends it.
 */
final class Imports {

  private Imports() {}

  static List<String> allVillages(Http as) {
    List<String> codes = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject result =
          Http.object(as.get("/api/regions?within=18&level=VILLAGE&size=200&page=" + page), 200);
      result.getJsonArray("content").forEach(v -> codes.add(v.asJsonObject().getString("code")));
      if (result.getJsonArray("content").size() < 200) {
        return codes;
      }
    }
  }

  /** One row per village, in the template's column order. */
  static List<List<String>> kampungKbRows(List<String> villages) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < villages.size(); i++) {
      rows.add(
          List.of(
              villages.get(i),
              "Kampung KB " + villages.get(i),
              "2018-0" + (1 + i % 9) + "-15",
              "",
              "",
              "",
              "",
              "COASTAL",
              "NONE"));
    }
    return rows;
  }

  static String templateHeader(Http as) {
    return as.get("/api/kampung-kb/import/template").body().lines().findFirst().orElseThrow();
  }

  static String csv(String header, List<List<String>> rows) {
    List<String> lines = new ArrayList<>(List.of(header));
    rows.forEach(r -> lines.add(String.join(",", r)));
    return String.join("\n", lines);
  }

  static HttpResponse<String> importCsv(Http as, String csv, boolean dryRun) {
    return as.send(
        HttpRequest.newBuilder(URI.create(Http.BASE + "/api/kampung-kb/import?dryRun=" + dryRun))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  /**
   * A figures import of one row: the village's month with these counts, in the template's order.
   */
  static String figuresCsv(Http as, String village, String period, JsonObject counts) {
    String header = as.get("/api/figures/import/template").body().lines().findFirst().orElseThrow();
    List<String> columns = List.of(header.split(","));
    StringBuilder csv = new StringBuilder(header);
    csv.append('\n').append(village).append(',').append(period);
    columns.subList(2, columns.size()).forEach(c -> csv.append(',').append(counts.getInt(c)));
    return csv.toString();
  }

  static HttpResponse<String> importFiguresCsv(Http as, String csv, boolean dryRun) {
    return as.send(
        HttpRequest.newBuilder(URI.create(Http.BASE + "/api/figures/import?dryRun=" + dryRun))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  static long activeTotal(Http as) {
    return Http.total(as.get("/api/kampung-kb?status=ACTIVE&size=1"));
  }
}
