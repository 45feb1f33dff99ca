package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.platform.csv.Csv;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bulk registration from a CSV file. Every row is checked against every rule first (format, region,
 * scope, duplicates in the file and in the registry, model limits); a dry run only reports, a real
 * run writes all rows in one transaction or, if any row is wrong, none.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class KampungKbImportService {

  /** The template's columns, named like the API's fields so errors read the same in both. */
  public static final List<String> COLUMNS =
      List.of(
          "villageCode",
          "name",
          "declarationDate",
          "rwCoverage",
          "description",
          "latitude",
          "longitude",
          "criteria",
          "modelStatus");

  public static final int MAX_ROWS = 20_000;

  /** One problem: the file's line number (the header is line 1), the column and the rule. */
  public record RowError(int line, String column, String rule, String message) {}

  public record Report(boolean dryRun, int rows, List<RowError> errors, int written) {}

  private record Parsed(int line, KampungKbInput input) {}

  @Inject private KampungKbRepository registry;
  @Inject private ScopeGuard scopeGuard;
  @EJB private RegionService regions;

  private final Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));

  public Report importCsv(String csv, boolean dryRun) {
    List<String> lines = csv == null ? List.of() : csv.replace("\uFEFF", "").lines().toList();
    List<RowError> errors = new ArrayList<>();
    if (lines.isEmpty()
        || !Csv.split(lines.get(0)).stream().map(String::strip).toList().equals(COLUMNS)) {
      errors.add(
          new RowError(
              1, "header", "columns", "the first line must be: " + String.join(",", COLUMNS)));
      return new Report(dryRun, 0, errors, 0);
    }
    if (lines.size() - 1 > MAX_ROWS) {
      errors.add(new RowError(1, "file", "max-rows", "at most " + MAX_ROWS + " rows per file"));
      return new Report(dryRun, lines.size() - 1, errors, 0);
    }
    List<Parsed> parsed = new ArrayList<>();
    int rows = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      rows++;
      parseRow(i + 1, lines.get(i), errors).ifPresent(parsed::add);
    }
    checkAgainstRegistry(parsed, errors);
    if (!errors.isEmpty() || dryRun) {
      return new Report(dryRun, rows, errors, 0);
    }
    Instant now = Instant.now(clock);
    for (Parsed p : parsed) {
      registry.add(new KampungKb(p.input().village(), p.input().details(), p.input().model(), now));
    }
    return new Report(false, rows, List.of(), parsed.size());
  }

  private java.util.Optional<Parsed> parseRow(int line, String text, List<RowError> errors) {
    List<String> f = Csv.split(text);
    if (f.size() != COLUMNS.size()) {
      errors.add(
          new RowError(
              line,
              "row",
              "columns",
              "expected " + COLUMNS.size() + " columns, found " + f.size()));
      return java.util.Optional.empty();
    }
    try {
      KampungKbInput input =
          KampungKbInput.parse(
              f.get(0),
              f.get(1),
              f.get(2),
              f.get(3),
              f.get(4),
              KampungKbInput.decimal("latitude", f.get(5)),
              KampungKbInput.decimal("longitude", f.get(6)),
              Arrays.asList(f.get(7).split(";")),
              f.get(8));
      if (input.village() == null) {
        throw new InvalidInputException("villageCode", "required", "the village code is required");
      }
      if (input.details().declarationDate().isAfter(LocalDate.now(clock))) {
        throw new InvalidInputException(
            "declarationDate", "not-in-future", "declarationDate lies in the future");
      }
      return java.util.Optional.of(new Parsed(line, input));
    } catch (InvalidInputException e) {
      errors.add(new RowError(line, e.field(), e.rule(), e.getMessage()));
      return java.util.Optional.empty();
    }
  }

  private void checkAgainstRegistry(List<Parsed> parsed, List<RowError> errors) {
    Set<String> codes =
        parsed.stream().map(p -> p.input().village().value()).collect(Collectors.toSet());
    Map<String, Region> known =
        regions.findRegions(codes.stream().map(RegionCode::of).toList()).stream()
            .collect(Collectors.toMap(r -> r.code().value(), r -> r));
    Set<String> active = registry.activeVillagesAmong(codes);
    Set<String> models = new HashSet<>(registry.takenModelKeys());
    Map<String, Integer> seen = new HashMap<>();
    Scope scope = scopeGuard.scope();
    for (Parsed p : parsed) {
      RegionCode village = p.input().village();
      String code = village.value();
      Region region = known.get(code);
      Integer earlier = seen.putIfAbsent(code, p.line());
      if (region == null || region.level() != RegionLevel.VILLAGE) {
        errors.add(
            new RowError(
                p.line(), "villageCode", "unknown-region", "no village " + code + " is loaded"));
      } else if (!scope.covers(village)) {
        errors.add(
            new RowError(
                p.line(),
                "villageCode",
                "outside-scope",
                code + " is outside your scope " + scope));
      } else if (earlier != null) {
        errors.add(
            new RowError(
                p.line(),
                "villageCode",
                "duplicate-in-file",
                code + " is also on line " + earlier));
      } else if (active.contains(code)) {
        errors.add(
            new RowError(
                p.line(),
                "villageCode",
                "active-exists",
                code + " already has an active Kampung KB"));
      } else {
        String key = modelKey(village, p.input().model());
        if (key != null && !models.add(key)) {
          errors.add(
              new RowError(
                  p.line(),
                  "modelStatus",
                  "model-taken",
                  "the model for " + key + " is already taken"));
        }
      }
    }
  }

  private static String modelKey(RegionCode village, ModelStatus model) {
    if (model == ModelStatus.REGENCY_MODEL) {
      return village.ancestors().get(1).value();
    }
    return model == ModelStatus.PROVINCE_MODEL ? village.provinceCode() : null;
  }
}
