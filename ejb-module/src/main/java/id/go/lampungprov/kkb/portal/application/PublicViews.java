package id.go.lampungprov.kkb.portal.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the public portal shows, and nothing more: each view lists its fields here, and {@link
 * PublicMapping} fills them one by one from the records. Persons appear nowhere: a Pokja shows
 * which positions are filled, an event how many took part, never who (PublicViewsTest fails on a
 * field that could carry a name, NIK or phone number). Enum values are sent as their codes ({@code
 * MANDIRI}), which the pages translate.
 */
public final class PublicViews {

  private PublicViews() {}

  /** Active Kampung KB of a class; {@code NOT_CLASSIFIED} counts those without one yet. */
  public record ClassCount(String kampungKbClass, long count) implements Serializable {}

  /** Kampung KB registered (declared) in a year, and existing at its end. */
  public record YearCount(int year, long registered, long cumulative) implements Serializable {}

  /** An event held: its day, where (the Kampung KB of its venue village, if any) and its title. */
  public record EventHeld(LocalDate date, Long kampungKbId, String kampungKb, String title)
      implements Serializable {}

  /** The portal's home: counts per class, growth per year, the latest events held. */
  public record Home(
      long kampungKb,
      List<ClassCount> classes,
      List<YearCount> perYear,
      List<EventHeld> latestEvents)
      implements Serializable {}

  /** One line of the directory. */
  public record DirectoryEntry(
      long id,
      String name,
      String villageCode,
      String village,
      String district,
      String regency,
      String kampungKbClass,
      String modelStatus,
      String status,
      LocalDate declared)
      implements Serializable {}

  /** A page of the directory, as the staff lists page ({@code page}, {@code size} from 0). */
  public record DirectoryPage(List<DirectoryEntry> content, long totalElements, int page, int size)
      implements Serializable {}

  /** A decree (SK) covering the Kampung KB: its number, date and issuing level. */
  public record Decree(String number, LocalDate date, String issuerLevel) implements Serializable {}

  /**
   * The management profile checklist (the staff checklist without the field officer's name and
   * NIP).
   */
  public record Checklist(
      LocalDate validFrom,
      boolean pokjaExists,
      boolean pokjaHasDecree,
      boolean pokjaTrained,
      int pokjaMembers,
      String regulationLevel,
      boolean hasRkm,
      List<String> dataSources,
      List<String> fundingSources,
      boolean hasSecretariat,
      String rumahDataKu,
      List<String> poktan,
      Map<String, String> mechanisms)
      implements Serializable {}

  /** One indicator of the classification: its value and score, or why it could not be assessed. */
  public record Indicator(
      String code, String index, boolean assessable, String value, Integer score, String note)
      implements Serializable {}

  /** The current classification with each indicator and why. */
  public record Classification(
      String kampungKbClass,
      String ruleSet,
      String period,
      BigDecimal inputIndex,
      BigDecimal processIndex,
      BigDecimal outputIndex,
      List<Indicator> indicators)
      implements Serializable {}

  /** A photo staff marked public; its bytes at {@code /api/public/photos/{id}}. */
  public record Photo(long id, String stage) implements Serializable {}

  /** An intervention: when, what, which agency, for which family function, its public photos. */
  public record Intervention(
      LocalDate date, String title, String agency, String familyFunction, List<Photo> photos)
      implements Serializable {}

  /** A coaching event held at the Kampung KB, with the number of participants present. */
  public record Event(LocalDate date, String title, long participants) implements Serializable {}

  /** The public profile of one Kampung KB. */
  public record Profile(
      long id,
      String name,
      String villageCode,
      String village,
      String district,
      String regency,
      String rwCoverage,
      LocalDate declared,
      String modelStatus,
      String status,
      LocalDate inactiveSince,
      List<String> criteria,
      Double latitude,
      Double longitude,
      List<Decree> decrees,
      List<String> pokjaPositions,
      Checklist checklist,
      Classification classification,
      List<Intervention> interventions,
      List<Event> events)
      implements Serializable {}

  /** A Kampung KB on the map. */
  public record MapPoint(long id, String name, String kampungKbClass, double lat, double lon)
      implements Serializable {}

  /**
   * One line of a statistics table: the recap's line for a sub-region. {@code classes} by class
   * code, {@code coverage} the share of villages that are Kampung KB in percent.
   */
  public record StatLine(
      String code,
      String name,
      long villages,
      long kampungKb,
      BigDecimal coverage,
      long registeredInYear,
      Map<String, Long> classes,
      long notClassified,
      long coe,
      long events,
      long participants)
      implements Serializable {}

  /**
   * A statistics table: an area (province, regency or district) with a line per sub-region, the
   * same figures as the Rekapitulasi of that area.
   */
  public record Statistics(
      String code,
      String name,
      String level,
      String parentCode,
      int year,
      LocalDate asOf,
      List<StatLine> lines,
      StatLine total)
      implements Serializable {}
}
