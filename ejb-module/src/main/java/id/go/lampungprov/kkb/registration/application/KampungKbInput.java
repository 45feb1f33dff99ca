package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.domain.FormationCriterion;
import id.go.lampungprov.kkb.registration.domain.GeoPoint;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import id.go.lampungprov.kkb.registration.domain.ModelStatus;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A Kampung KB as typed (API body, CSV row): texts parsed into domain values, every error naming
 * the field by the same name in both, so an import report and an API answer read alike.
 */
public record KampungKbInput(RegionCode village, KampungKb.Details details, ModelStatus model) {

  /**
   * Parses the texts; {@code villageCode} may be null when only the details are being corrected.
   */
  public static KampungKbInput parse(
      String villageCode,
      String name,
      String declarationDate,
      String rwCoverage,
      String description,
      Double latitude,
      Double longitude,
      Collection<String> criteria,
      String modelStatus) {
    RegionCode village =
        villageCode == null || villageCode.isBlank()
            ? null
            : RegionCode.parse("villageCode", villageCode.strip());
    GeoPoint location = null;
    if (latitude != null || longitude != null) {
      if (latitude == null || longitude == null) {
        throw new InvalidInputException(
            latitude == null ? "latitude" : "longitude",
            "pair",
            "give both latitude and longitude, or neither");
      }
      location = new GeoPoint(latitude, longitude);
    }
    Set<FormationCriterion> parsed = EnumSet.noneOf(FormationCriterion.class);
    if (criteria != null) {
      for (String c : criteria) {
        if (c != null && !c.isBlank()) {
          parsed.add(parseEnum(FormationCriterion.class, "criteria", c));
        }
      }
    }
    ModelStatus model =
        modelStatus == null || modelStatus.isBlank()
            ? null
            : parseEnum(ModelStatus.class, "modelStatus", modelStatus);
    return new KampungKbInput(
        village,
        new KampungKb.Details(
            name,
            rwCoverage,
            date("declarationDate", declarationDate),
            description,
            location,
            parsed),
        model);
  }

  public static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "required", field + " is required (yyyy-mm-dd)");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "date", field + " must be a date yyyy-mm-dd");
    }
  }

  public static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String text) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(
          field, "enum", field + " must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  /** A number typed in a file; empty means absent. */
  public static Double decimal(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "number", field + " must be a number, e.g. -5.1234");
    }
  }
}
