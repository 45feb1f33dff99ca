package id.go.lampungprov.kkb.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExportsTest {

  /** 5 December 2026, 09:30 in Lampung (WIB, UTC+7). */
  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 12, 5, 2, 30, 0, 0, ZoneOffset.UTC);

  private static final ExportableList NUMBERS =
      new ExportableList() {
        @Override
        public String name() {
          return "kampung-kb";
        }

        @Override
        public List<String> filterNames() {
          return List.of("region", "status", "q");
        }

        @Override
        public Set<String> roles() {
          return Set.of("STAFF");
        }

        @Override
        public ExportTable<Integer> table(Map<String, String> filters) {
          return table(filters, 450);
        }

        ExportTable<Integer> table(Map<String, String> filters, int rows) {
          return new ExportTable<>(
              "kampung-kb",
              "Daftar Kampung KB",
              filters,
              List.of(ExportColumn.of("n", n -> n), ExportColumn.of("text", n -> "row " + n)),
              RowSource.paged((page, size) -> page(rows, page, size)));
        }
      };

  @Test
  void theFileNameCarriesTheListTheFiltersAndTheTimeInWib() {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("region", "18.07");
    filters.put("status", "ACTIVE");
    ExportTable<?> table = NUMBERS.table(filters);

    assertEquals(
        "kampung-kb_1807_ACTIVE_20261205-0930.xlsx", Exports.fileName(table, TableFormat.XLSX, AT));
    assertEquals(
        "kampung-kb_20261205-0930.csv",
        Exports.fileName(NUMBERS.table(Map.of()), TableFormat.CSV, AT));
  }

  @Test
  void aFilterCannotBreakOutOfTheFileName() {
    String name =
        Exports.fileName(
            NUMBERS.table(Map.of("q", "\"; filename=../../etc/passwd")), TableFormat.CSV, AT);
    assertEquals("kampung-kb_filenameetcpasswd_20261205-0930.csv", name);
  }

  @Test
  void theTitleSaysTheFiltersAndTheTime() {
    assertEquals(
        "Daftar Kampung KB | filter: region=18.07 | dibuat 2026-12-05 09:30 WIB",
        Exports.title(NUMBERS.table(Map.of("region", "18.07")), AT));
    assertTrue(Exports.title(NUMBERS.table(Map.of()), AT).contains("tanpa filter"));
  }

  @Test
  void onlyTheListsFiltersAreTakenAndBlankOnesDropped() {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("q", List.of("sido"));
    query.put("page", List.of("3"));
    query.put("status", List.of(" "));
    query.put("region", List.of("18.07"));
    query.put("format", List.of("csv"));

    Map<String, String> filters = Exports.filters(NUMBERS, query);

    assertEquals(List.of("region", "q"), new ArrayList<>(filters.keySet()), "the list's order");
    assertEquals("sido", filters.get("q"));
  }

  @Test
  void theFormatIsXlsxOrCsvOrAbsent() {
    assertEquals(Optional.of(TableFormat.XLSX), Exports.format("XLSX"));
    assertEquals(Optional.of(TableFormat.CSV), Exports.format(" csv "));
    assertEquals(Optional.empty(), Exports.format(""));
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Exports.format("pdf"));
    assertEquals("format", refused.field());
    assertEquals("enum", refused.rule());
    assertThrows(InvalidInputException.class, () -> Exports.requiredFormat(null));
  }

  @Test
  void everyRowIsWrittenOnceInChunksWithProgress() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> progress = new ArrayList<>();

    long rows =
        Exports.write(
            NUMBERS.table(Map.of()), TableFormat.CSV, out, AT, done -> progress.add(done));

    assertEquals(450, rows);
    assertEquals(List.of(200L, 400L, 450L), progress);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
    assertEquals(452, lines.length);
    assertEquals("n,text", lines[1]);
    assertEquals("449,row 449", lines[451]);
  }

  @Test
  void aListThatGrowsDuringTheExportStopsAtTheTotalCountedFirst() {
    int[] size = {250};
    RowSource<Integer> rows =
        RowSource.paged(
            (page, pageSize) -> {
              PageDto<Integer> p = page(size[0], page, pageSize);
              size[0] += 100; // rows added after every read
              return p;
            });
    assertEquals(250, rows.total());
    long read = 0;
    for (List<Integer> chunk = rows.next(); !chunk.isEmpty(); chunk = rows.next()) {
      read += chunk.size();
    }
    assertEquals(250, read);
  }

  @Test
  void aWholeListIsOneChunk() {
    RowSource<Integer> rows = RowSource.whole(() -> List.of(1, 2, 3));
    assertEquals(3, rows.total());
    assertEquals(List.of(1, 2, 3), rows.next());
    assertEquals(List.of(), rows.next());
  }

  private static PageDto<Integer> page(int rows, int page, int size) {
    List<Integer> content =
        IntStream.range(page * size, Math.min(rows, (page + 1) * size)).boxed().toList();
    return new PageDto<>(content, rows, page, size);
  }
}
