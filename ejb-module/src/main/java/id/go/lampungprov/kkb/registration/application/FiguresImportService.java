package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.platform.spreadsheet.Table;
import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.ImportReport.RowError;
import id.go.lampungprov.kkb.registration.application.RowImport.Lined;
import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.FiguresQuality;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.KampungKbDataChangedInBulk;
import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import id.go.lampungprov.kkb.registration.domain.LockedPeriod;
import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.MonthlyFiguresRepository;
import id.go.lampungprov.kkb.registration.domain.QualityThresholds;
import id.go.lampungprov.kkb.registration.domain.ReportingPeriodLocks;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bulk entry of monthly programme figures (one row per Kampung KB and month, the Kampung KB named
 * by its village), with the same dry run and all-or-nothing rule as the registry import. A month
 * already reported is replaced, as a correction typed in the form would be.
 */
@Stateless
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
public class FiguresImportService {

  private static final List<String> COUNTS =
      Arrays.stream(Figures.class.getRecordComponents()).map(RecordComponent::getName).toList();

  /** villageCode, period (yyyy-mm), then every count under the API's field name. */
  public static final List<String> COLUMNS =
      Stream.concat(Stream.of("villageCode", "period"), COUNTS.stream()).toList();

  /** {@code 18.07}: the regency part of a village code. */
  private static final int REGENCY_CODE_LENGTH = 5;

  /** Kampung KB ids per query of their months: well below any database's limit on IN lists. */
  private static final int QUERY_BATCH = 500;

  private record Row(String village, YearMonth period, Figures figures) {}

  @Inject private KampungKbRepository registry;
  @Inject private MonthlyFiguresRepository monthly;
  @Inject private ScopeGuard scopeGuard;
  @Inject private Event<KampungKbDataChangedInBulk> changed;
  @Inject private ReportingPeriodLocks locks;

  private final Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));

  /**
   * Imports an uploaded CSV or XLSX file. A file that cannot be read or breaks a limit is refused
   * as a whole ({@code InvalidInputException} on {@code file}); row errors are reported.
   */
  public ImportReport importFile(InputStream upload, TableFormat format, boolean dryRun) {
    List<RowError> warnings = new ArrayList<>();
    ImportReport report =
        RowImport.run(
            upload,
            format,
            COLUMNS,
            dryRun,
            FiguresImportService::parse,
            (parsed, errors) -> {
              Map<Lined<Row>, KampungKb> targets = resolve(parsed, errors);
              warnings.addAll(warnings(targets));
              return targets;
            },
            this::write);
    return report.withWarnings(warnings);
  }

  /**
   * The quality warnings of the rows that will be written, each row compared with the months stored
   * and those of the file (a file may hold several months of a Kampung KB), the file's winning: it
   * is what the months will be.
   */
  private List<RowError> warnings(Map<Lined<Row>, KampungKb> targets) {
    if (targets.isEmpty()) {
      return List.of();
    }
    QualityThresholds thresholds = QualitySettings.thresholds();
    YearMonth first =
        targets.keySet().stream()
            .map(p -> p.row().period())
            .min(YearMonth::compareTo)
            .orElseThrow();
    YearMonth last =
        targets.keySet().stream()
            .map(p -> p.row().period())
            .max(YearMonth::compareTo)
            .orElseThrow();
    Map<Long, Map<YearMonth, Figures>> months = new HashMap<>();
    List<Long> ids = targets.values().stream().map(KampungKb::id).distinct().toList();
    for (int from = 0; from < ids.size(); from += QUERY_BATCH) {
      monthly
          .within(
              ids.subList(from, Math.min(ids.size(), from + QUERY_BATCH)),
              first.minusMonths(thresholds.months()),
              last)
          .forEach(
              m ->
                  months
                      .computeIfAbsent(m.kampungKb().id(), id -> new HashMap<>())
                      .put(m.period(), m.figures()));
    }
    targets.forEach(
        (p, kkb) ->
            months
                .computeIfAbsent(kkb.id(), id -> new HashMap<>())
                .put(p.row().period(), p.row().figures()));
    List<RowError> warnings = new ArrayList<>();
    targets.forEach(
        (p, kkb) ->
            FiguresQuality.check(
                    p.row().period(), p.row().figures(), months.get(kkb.id()), thresholds)
                .forEach(
                    w -> warnings.add(new RowError(p.line(), w.field(), w.rule(), w.message()))));
    return warnings;
  }

  private int write(Map<Lined<Row>, KampungKb> targets) {
    Instant now = clock.instant();
    targets.forEach(
        (p, kkb) ->
            monthly
                .find(kkb, p.row().period())
                .ifPresentOrElse(
                    existing -> existing.replace(p.row().figures()),
                    () ->
                        monthly.add(
                            new MonthlyFigures(kkb, p.row().period(), p.row().figures(), now))));
    monthly.flush();
    changed.fire(
        new KampungKbDataChangedInBulk(
            targets.values().stream().map(KampungKb::id).distinct().toList()));
    return targets.size();
  }

  /**
   * The lock of each regency's month the file writes (a file holds a few): asked once each, and
   * held until the import ends (see {@link ReportingPeriodLocks#lockForWrite}) in one order, so two
   * imports of the same months never wait for each other in a circle.
   */
  private Map<String, Optional<LockedPeriod>> locksOf(
      List<Lined<Row>> parsed, Map<String, KampungKb> active) {
    Map<String, Optional<LockedPeriod>> lockOf = new TreeMap<>();
    for (Lined<Row> lined : parsed) {
      KampungKb kkb = active.get(lined.row().village());
      if (kkb != null && scopeGuard.scope().covers(kkb.village())) {
        lockOf.put(lockKey(kkb, lined.row().period()), Optional.empty());
      }
    }
    lockOf.replaceAll(
        (key, none) ->
            locks.lockForWrite(
                RegionCode.of(key.substring(0, REGENCY_CODE_LENGTH)),
                YearMonth.parse(key.substring(REGENCY_CODE_LENGTH + 1))));
    return lockOf;
  }

  private static String lockKey(KampungKb kkb, YearMonth period) {
    return kkb.village().value().substring(0, REGENCY_CODE_LENGTH) + "/" + period;
  }

  private static Row parse(Table.Row row) {
    String village = RegionCode.parse("villageCode", row.cell(0)).value();
    YearMonth period = period(row.cell(1));
    Object[] counts = new Object[COUNTS.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = count(COUNTS.get(i), row.cell(i + 2));
    }
    return new Row(village, period, figures(counts));
  }

  /** Finds each row's Kampung KB and checks scope, months and duplicates within the file. */
  private Map<Lined<Row>, KampungKb> resolve(List<Lined<Row>> parsed, List<RowError> errors) {
    Map<String, KampungKb> active =
        registry.activeInVillages(
            parsed.stream().map(p -> p.row().village()).collect(Collectors.toSet()));
    Map<String, Integer> seen = new HashMap<>();
    Map<Lined<Row>, KampungKb> targets = new LinkedHashMap<>();
    YearMonth now = YearMonth.now(clock);
    Map<String, Optional<LockedPeriod>> lockOf = locksOf(parsed, active);
    for (Lined<Row> lined : parsed) {
      Row p = lined.row();
      KampungKb kkb = active.get(p.village());
      Integer earlier = seen.putIfAbsent(p.village() + "/" + p.period(), lined.line());
      String error = null;
      String column = "villageCode";
      if (kkb == null || !scopeGuard.scope().covers(kkb.village())) {
        error =
            "no-active-kampung-kb:village " + p.village() + " has no active Kampung KB you manage";
      } else if (earlier != null) {
        error =
            "duplicate-in-file:" + p.village() + " " + p.period() + " is also on line " + earlier;
        column = "period";
      } else if (p.period().isAfter(now)) {
        error = "not-in-future:figures cannot be reported for a future month";
        column = "period";
      } else if (p.period().isBefore(YearMonth.from(kkb.declarationDate()))) {
        error = "after-declaration:the month lies before the Kampung KB was declared";
        column = "period";
      } else {
        Optional<LockedPeriod> lock = lockOf.get(lockKey(kkb, p.period()));
        if (lock.isPresent()) {
          error = LockedPeriod.RULE + ":" + lock.get().reason();
          column = "period";
        }
      }
      if (error == null) {
        targets.put(lined, kkb);
      } else {
        String[] ruleAndMessage = error.split(":", 2);
        errors.add(new RowError(lined.line(), column, ruleAndMessage[0], ruleAndMessage[1]));
      }
    }
    return targets;
  }

  private static YearMonth period(String text) {
    String t = text == null ? "" : text.strip();
    try {
      // A spreadsheet may turn 2020-06 into the date 2020-06-01.
      return YearMonth.parse(t.length() == 10 ? t.substring(0, 7) : t);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("period", "year-month", "the period is written yyyy-mm");
    }
  }

  private static int count(String field, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new InvalidInputException(field, "required", field + " is required (0 if none)");
    }
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "integer", field + " must be a whole number");
    }
  }

  private static Figures figures(Object[] counts) {
    try {
      Constructor<Figures> canonical =
          Figures.class.getDeclaredConstructor(
              Arrays.stream(Figures.class.getRecordComponents())
                  .map(RecordComponent::getType)
                  .toArray(Class<?>[]::new));
      return canonical.newInstance(counts);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Figures has no canonical constructor", e);
    }
  }
}
