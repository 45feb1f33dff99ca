package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An assessment instrument in one revision: indicators grouped by aspect, with weights summing to
 * 100 and category bands on the 0–100 total. A published revision is immutable, so every assessment
 * made with it stays comparable; changing it means a new revision.
 */
@Entity
@Table(name = "instrument")
public class Instrument extends AuditedEntity {

  @Id
  @SequenceGenerator(name = "instrument_seq", sequenceName = "instrument_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_seq")
  private Long id;

  @Column(nullable = false, length = 30)
  private String code;

  @Column(nullable = false)
  private int revision;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false)
  private boolean published;

  @Column(name = "band_coe", nullable = false)
  private int bandCoe;

  @Column(name = "band_mandiri", nullable = false)
  private int bandMandiri;

  @Column(name = "band_berkembang", nullable = false)
  private int bandBerkembang;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "instrument_indicator", joinColumns = @JoinColumn(name = "instrument_id"))
  @OrderColumn(name = "item_order")
  private List<InstrumentIndicator> indicators = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Instrument() {
    // for JPA
  }

  public Instrument(
      String code,
      int revision,
      String title,
      List<InstrumentIndicator> indicators,
      int[] bands,
      LocalDateTime now) {
    if (code == null || !code.matches("[A-Z][A-Z0-9-]{1,29}")) {
      throw new InvalidInputException(
          "code", "pattern", "the code is 2 to 30 capitals, digits or -");
    }
    this.code = code;
    this.revision = revision;
    this.createdAt = now;
    change(title, indicators, bands);
  }

  /** A draft copy of this revision as the next one. */
  public Instrument nextRevision(LocalDateTime now) {
    return new Instrument(
        code,
        revision + 1,
        title,
        indicators,
        new int[] {bandCoe, bandMandiri, bandBerkembang},
        now);
  }

  public void change(String title, List<InstrumentIndicator> indicators, int[] bands) {
    if (published) {
      throw new ConflictException(
          "status", "published", "a published instrument is immutable; create a new revision");
    }
    String checkedTitle = Texts.oneTo("title", title, 300);
    if (indicators == null || indicators.isEmpty()) {
      throw new InvalidInputException("indicators", "required", "an instrument needs indicators");
    }
    Set<String> codes = new HashSet<>();
    for (InstrumentIndicator i : indicators) {
      if (!codes.add(i.code())) {
        throw new InvalidInputException(
            "indicators.code", "unique", "indicator " + i.code() + " appears twice");
      }
    }
    int sum = indicators.stream().mapToInt(InstrumentIndicator::weight).sum();
    if (sum != 100) {
      throw new InvalidInputException(
          "indicators.weight", "sum-100", "the weights add up to " + sum + ", not 100");
    }
    if (bands == null
        || bands.length != 3
        || !(bands[0] > bands[1] && bands[1] > bands[2] && bands[2] > 0 && bands[0] <= 100)) {
      throw new InvalidInputException(
          "bands", "descending", "bands: COE > Mandiri > Berkembang > 0, at most 100");
    }
    this.title = checkedTitle;
    this.indicators = new ArrayList<>(indicators);
    this.bandCoe = bands[0];
    this.bandMandiri = bands[1];
    this.bandBerkembang = bands[2];
  }

  public void publish() {
    if (published) {
      throw new ConflictException("status", "published", "already published");
    }
    published = true;
  }

  /** The category of a 0–100 total under this instrument's bands. */
  public AssessmentCategory categoryOf(BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(bandCoe)) >= 0) {
      return AssessmentCategory.COE;
    }
    if (total.compareTo(BigDecimal.valueOf(bandMandiri)) >= 0) {
      return AssessmentCategory.MANDIRI;
    }
    return total.compareTo(BigDecimal.valueOf(bandBerkembang)) >= 0
        ? AssessmentCategory.BERKEMBANG
        : AssessmentCategory.DASAR;
  }

  public Optional<InstrumentIndicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public int revision() {
    return revision;
  }

  public String title() {
    return title;
  }

  public boolean published() {
    return published;
  }

  public int[] bands() {
    return new int[] {bandCoe, bandMandiri, bandBerkembang};
  }

  public List<InstrumentIndicator> indicators() {
    return List.copyOf(indicators);
  }

  public long version() {
    return version;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("code", code)
        .and("revision", revision)
        .and("title", title)
        .and("published", published)
        .and("bands", bandCoe + "/" + bandMandiri + "/" + bandBerkembang)
        .and("indicators", indicators);
  }

  /** The instrument is the province's: about no region. */
  @Override
  public RegionCode auditRegion() {
    return null;
  }
}
