package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.registration.domain.KampungKb;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Kampung KB's class as computed at one moment, with its explanation. The newest is current;
 * older ones stay as the history. Computed by the system from registry data, never typed, so it is
 * not audited as a user change (the changes to profile and figures that caused it are).
 */
@Entity
@Table(name = "classification")
public class Classification {

  @Id
  @SequenceGenerator(
      name = "classification_seq",
      sequenceName = "classification_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classification_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "kampung_kb_id", nullable = false)
  private KampungKb kampungKb;

  @Column(name = "rule_set_version", nullable = false, length = 30)
  private String ruleSetVersion;

  @Column(name = "data_period", length = 7)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "class", nullable = false, length = 20)
  private KampungKbClass kampungKbClass;

  @Column(name = "input_index", precision = 4, scale = 2)
  private BigDecimal inputIndex;

  @Column(name = "process_index", precision = 4, scale = 2)
  private BigDecimal processIndex;

  @Column(name = "output_index", precision = 4, scale = 2)
  private BigDecimal outputIndex;

  /** The Kampung KB's id while this is its current classification; unique. */
  @Column(name = "current_key")
  private Long currentKey;

  @Column(name = "computed_at", nullable = false)
  private LocalDateTime computedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "classification_indicator",
      joinColumns = @JoinColumn(name = "classification_id"))
  @OrderColumn(name = "item_order")
  private List<IndicatorResult> indicators = new ArrayList<>();

  protected Classification() {
    // for JPA
  }

  public Classification(
      KampungKb kampungKb,
      Optional<YearMonth> period,
      ClassificationResult result,
      LocalDateTime now) {
    this.kampungKb = kampungKb;
    this.ruleSetVersion = result.ruleSetVersion();
    this.period = period.map(YearMonth::toString).orElse(null);
    this.kampungKbClass = result.kampungKbClass();
    this.inputIndex = result.indices().get(ClassIndex.INPUT).orElse(null);
    this.processIndex = result.indices().get(ClassIndex.PROCESS).orElse(null);
    this.outputIndex = result.indices().get(ClassIndex.OUTPUT).orElse(null);
    this.indicators = new ArrayList<>(result.indicators());
    this.currentKey = kampungKb.id();
    this.computedAt = now;
  }

  /** Whether a new computation says the same as this one, so no new history entry is needed. */
  public boolean sameAs(Optional<YearMonth> otherPeriod, ClassificationResult other) {
    return ruleSetVersion.equals(other.ruleSetVersion())
        && java.util.Objects.equals(period, otherPeriod.map(YearMonth::toString).orElse(null))
        && kampungKbClass == other.kampungKbClass()
        && indicators.toString().equals(other.indicators().toString());
  }

  public void supersede() {
    currentKey = null;
  }

  public Long id() {
    return id;
  }

  public KampungKb kampungKb() {
    return kampungKb;
  }

  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  public Optional<YearMonth> period() {
    return Optional.ofNullable(period).map(YearMonth::parse);
  }

  public KampungKbClass kampungKbClass() {
    return kampungKbClass;
  }

  public Optional<BigDecimal> index(ClassIndex index) {
    return Optional.ofNullable(
        switch (index) {
          case INPUT -> inputIndex;
          case PROCESS -> processIndex;
          case OUTPUT -> outputIndex;
        });
  }

  public boolean current() {
    return currentKey != null;
  }

  public LocalDateTime computedAt() {
    return computedAt;
  }

  public List<IndicatorResult> indicators() {
    return List.copyOf(indicators);
  }
}
