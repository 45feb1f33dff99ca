package id.go.lampungprov.kkb.monitoring.domain;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One version of the Inpres 3/2022 catalogue: the Instruction's targets (sasaran), their programmes
 * and activities (kegiatan), reference data from a migration (V29), never changed by the
 * application. A revised Instruction becomes a new catalogue; tags made against an older one stay
 * valid because they name that version's activities.
 */
@Entity
@Table(name = "inpres_catalogue")
public class InpresCatalogue {

  /** An activity's code, e.g. {@code S3.P2.K14}: target, programme, activity numbers. */
  private static final Pattern ACTIVITY_CODE = Pattern.compile("S\\d{1,2}\\.P\\d{1,2}\\.K\\d{1,3}");

  /** More codes than the catalogue has activities can only be a mistake (or an attack). */
  public static final int MAX_CODES = 200;

  @Id private Long id;

  @Column(nullable = false, length = 30)
  private String code;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(nullable = false, length = 500)
  private String source;

  @OneToMany(mappedBy = "catalogue")
  @OrderBy("sortOrder")
  private List<InpresTarget> targets = new ArrayList<>();

  protected InpresCatalogue() {
    // for JPA
  }

  /** A catalogue built in memory, for tests. */
  public InpresCatalogue(long id, String code, String title, LocalDate issuedOn) {
    this.id = id;
    this.code = code;
    this.title = title;
    this.issuedOn = issuedOn;
    this.source = title;
  }

  /** Adds a target at the end (for tests; the real catalogue comes from the migration). */
  public InpresTarget addTarget(String name) {
    InpresTarget target =
        new InpresTarget(this, "S" + (targets.size() + 1), targets.size() + 1, name);
    targets.add(target);
    return target;
  }

  /**
   * The activities the codes name, in the catalogue's order, each once. Every code must be an
   * activity code of this catalogue: a target or programme code is refused too, so a tag always
   * says exactly what was done.
   *
   * @throws InvalidInputException field {@code activities}: {@code required} (null), {@code
   *     too-many}, {@code activity-code} (not of the form S1.P1.K1) or {@code unknown-activity}
   */
  public List<InpresActivity> activities(Collection<String> codes) {
    if (codes == null) {
      throw new InvalidInputException("activities", "required", "send the list of activity codes");
    }
    if (codes.size() > MAX_CODES) {
      throw new InvalidInputException(
          "activities", "too-many", "at most " + MAX_CODES + " activity codes");
    }
    Map<String, InpresActivity> byCode = new LinkedHashMap<>();
    activities().forEach(a -> byCode.put(a.code(), a));
    Set<String> wanted = new LinkedHashSet<>();
    for (String raw : codes) {
      String c = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
      if (!ACTIVITY_CODE.matcher(c).matches()) {
        throw new InvalidInputException(
            "activities",
            "activity-code",
            "'" + raw + "' is not an activity code such as S2.P1.K3");
      }
      if (!byCode.containsKey(c)) {
        throw new InvalidInputException(
            "activities", "unknown-activity", "no activity " + c + " in " + code);
      }
      wanted.add(c);
    }
    return byCode.values().stream().filter(a -> wanted.contains(a.code())).toList();
  }

  /** Every activity, in the catalogue's order. */
  public List<InpresActivity> activities() {
    List<InpresActivity> all = new ArrayList<>();
    targets.forEach(t -> t.programmes().forEach(p -> all.addAll(p.activities())));
    return all;
  }

  public Optional<InpresTarget> target(String targetCode) {
    return targets.stream().filter(t -> t.code().equals(targetCode)).findFirst();
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public String source() {
    return source;
  }

  public List<InpresTarget> targets() {
    return List.copyOf(targets);
  }
}
