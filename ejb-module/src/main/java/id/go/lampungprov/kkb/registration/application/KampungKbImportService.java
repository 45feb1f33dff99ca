package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.platform.spreadsheet.Table;
import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.region.application.RegionService;
import id.go.lampungprov.kkb.region.domain.Region;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.registration.application.ImportReport.RowError;
import id.go.lampungprov.kkb.registration.application.RowImport.Lined;
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
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Bulk registration from a CSV or XLSX file. Every row is checked against every rule first (format,
 * region, scope, duplicates in the file and in the registry, model limits); a dry run only reports,
 * a real run writes all rows in one transaction or, if any row is wrong, none.
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

  /** An example row for the templates, Sidodadi as in the reference scenario. */
  public static final List<String> EXAMPLE =
      List.of(
          "18.07.04.2003",
          "Kampung KB Sidodadi",
          "2016-06-13",
          "RW 01-04",
          "",
          "-5.1234",
          "105.6789",
          "POOR_FAMILIES_ABOVE_AVERAGE;KB_PARTICIPATION_BELOW_AVERAGE;RIVERBANK",
          "NONE");

  private static final Logger LOG = Logger.getLogger(KampungKbImportService.class.getName());
  private static final int PROGRESS_EVERY = 500;

  @Inject private KampungKbRepository registry;
  @Inject private ScopeGuard scopeGuard;
  @EJB private RegionService regions;

  private final Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));

  /**
   * Imports an uploaded CSV or XLSX file. A file that cannot be read or breaks a limit is refused
   * as a whole ({@code InvalidInputException} on {@code file}); row errors are reported.
   */
  public ImportReport importFile(InputStream upload, TableFormat format, boolean dryRun) {
    return RowImport.run(
        upload, format, COLUMNS, dryRun, this::parseRow, this::checkAgainstRegistry, this::write);
  }

  private int write(List<Lined<KampungKbInput>> parsed) {
    Instant now = Instant.now(clock);
    int written = 0;
    for (Lined<KampungKbInput> p : parsed) {
      registry.add(new KampungKb(p.row().village(), p.row().details(), p.row().model(), now));
      if (++written % PROGRESS_EVERY == 0) {
        // A long import is visible in the log while it runs; nothing is committed before the end.
        LOG.info(progress(written, parsed.size()));
      }
    }
    return written;
  }

  private KampungKbInput parseRow(Table.Row row) {
    KampungKbInput input =
        KampungKbInput.parse(
            row.cell(0),
            row.cell(1),
            row.cell(2),
            row.cell(3),
            row.cell(4),
            KampungKbInput.decimal("latitude", row.cell(5)),
            KampungKbInput.decimal("longitude", row.cell(6)),
            Arrays.asList(row.cell(7).split(";")),
            row.cell(8));
    if (input.village() == null) {
      throw new InvalidInputException("villageCode", "required", "the village code is required");
    }
    if (input.details().declarationDate().isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException(
          "declarationDate", "not-in-future", "declarationDate lies in the future");
    }
    return input;
  }

  /** Adds every row error found against the registry; the rows themselves are written as read. */
  private List<Lined<KampungKbInput>> checkAgainstRegistry(
      List<Lined<KampungKbInput>> parsed, List<RowError> errors) {
    Set<String> codes =
        parsed.stream().map(p -> p.row().village().value()).collect(Collectors.toSet());
    Map<String, Region> known =
        regions.findRegions(codes.stream().map(RegionCode::of).toList()).stream()
            .collect(Collectors.toMap(r -> r.code().value(), r -> r));
    Set<String> active = registry.activeVillagesAmong(codes);
    Set<String> models = new HashSet<>(registry.takenModelKeys());
    Map<String, Integer> seen = new HashMap<>();
    Scope scope = scopeGuard.scope();
    for (Lined<KampungKbInput> p : parsed) {
      RegionCode village = p.row().village();
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
        String key = modelKey(village, p.row().model());
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
    return parsed;
  }

  /** The log line of a running import; the fault tests wait for it. */
  static String progress(int written, int total) {
    return "Kampung KB import: " + written + " of " + total + " rows written, not yet committed";
  }

  private static String modelKey(RegionCode village, ModelStatus model) {
    if (model == ModelStatus.REGENCY_MODEL) {
      return village.ancestors().get(1).value();
    }
    return model == ModelStatus.PROVINCE_MODEL ? village.provinceCode() : null;
  }
}
