package id.go.lampungprov.kkb.monitoring.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * A regency's month of figures on its way to approval: a regency operator submits it, another
 * account of the regency office or a province officer approves it, which locks the month's figures
 * of every Kampung KB in the regency; only a province officer reopens it, with a reason. Every step
 * is audited (the reason with it). A month without a row is {@link ReportingMonthStatus#OPEN}.
 */
@Entity
@Table(name = "reporting_month")
@NamedQuery(
    name = ReportingMonth.FIND,
    query = "SELECT m FROM ReportingMonth m WHERE m.regencyCode = :regency AND m.period = :period")
@NamedQuery(
    name = ReportingMonth.WITHIN,
    query =
        "SELECT m FROM ReportingMonth m WHERE m.regencyCode LIKE :pattern"
            + " AND m.period >= :from AND m.period <= :to ORDER BY m.regencyCode, m.period")
@NamedQuery(
    name = ReportingMonth.APPROVED_AMONG,
    query =
        "SELECT m FROM ReportingMonth m WHERE m.status = :approved"
            + " AND m.regencyCode IN :regencies AND m.period IN :periods")
public class ReportingMonth extends AuditedEntity {

  public static final String FIND = "ReportingMonth.find";
  public static final String WITHIN = "ReportingMonth.within";
  public static final String APPROVED_AMONG = "ReportingMonth.approvedAmong";

  public static final int MAX_REASON = 500;

  @Id
  @SequenceGenerator(
      name = "reporting_month_seq",
      sequenceName = "reporting_month_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_month_seq")
  private Long id;

  @Column(name = "regency_code", nullable = false, length = 13)
  private String regencyCode;

  /** yyyy-MM: sorts and compares as text. */
  @Column(nullable = false, length = 7)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ReportingMonthStatus status;

  @Column(name = "submitted_by", length = 50)
  private String submittedBy;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "approved_by", length = 50)
  private String approvedBy;

  @Column(name = "approved_at")
  private LocalDateTime approvedAt;

  @Column(name = "reopened_by", length = 50)
  private String reopenedBy;

  @Column(name = "reopened_at")
  private LocalDateTime reopenedAt;

  @Column(name = "reopen_reason", length = MAX_REASON)
  private String reopenReason;

  @Version private long version;

  protected ReportingMonth() {
    // for JPA
  }

  /** A month not yet handed in. */
  public ReportingMonth(RegionCode regency, YearMonth period) {
    if (regency == null || regency.level() != RegionLevel.REGENCY) {
      throw new InvalidInputException(
          "regency", "regency-level", "a reporting month belongs to a regency/city (e.g. 18.07)");
    }
    this.regencyCode = regency.value();
    this.period = period.toString();
    this.status = ReportingMonthStatus.OPEN;
  }

  /** A regency operator (or the province) hands in the month; it stays writable until approved. */
  public void submit(String by, Instant at) {
    requireStatus(ReportingMonthStatus.OPEN, "only an open month can be submitted");
    status = ReportingMonthStatus.SUBMITTED;
    submittedBy = by;
    submittedAt = utc(at);
  }

  /**
   * Approves the submitted month, which locks its figures. The regency office approves with another
   * account than the one that submitted (four eyes); the province may approve any month.
   *
   * @param byProvince the approver is a province officer
   */
  public void approve(String by, boolean byProvince, Instant at) {
    requireStatus(ReportingMonthStatus.SUBMITTED, "only a submitted month can be approved");
    if (!byProvince && by.equals(submittedBy)) {
      throw new AccessDeniedException(
          "the month was submitted by "
              + by
              + ": another account of the regency office, or the province, approves it");
    }
    status = ReportingMonthStatus.APPROVED;
    approvedBy = by;
    approvedAt = utc(at);
  }

  /** A province officer takes a submitted or approved month back to open, with the reason. */
  public void reopen(String by, String reason, Instant at) {
    String why =
        Texts.oneTo("reason", reason, MAX_REASON, "give the reason for reopening the month");
    if (status == ReportingMonthStatus.OPEN) {
      throw new ConflictException("month", "status-open", "the month is open already");
    }
    status = ReportingMonthStatus.OPEN;
    submittedBy = null;
    submittedAt = null;
    approvedBy = null;
    approvedAt = null;
    reopenedBy = by;
    reopenedAt = utc(at);
    reopenReason = why;
  }

  private void requireStatus(ReportingMonthStatus required, String message) {
    if (status != required) {
      throw new ConflictException(
          "month",
          switch (status) {
            case OPEN -> "status-open";
            case SUBMITTED -> "status-submitted";
            case APPROVED -> "status-approved";
          },
          message);
    }
  }

  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Optional<Instant> instant(LocalDateTime utc) {
    return Optional.ofNullable(utc).map(t -> t.toInstant(ZoneOffset.UTC));
  }

  public boolean locked() {
    return status == ReportingMonthStatus.APPROVED;
  }

  public Long id() {
    return id;
  }

  public RegionCode regency() {
    return RegionCode.of(regencyCode);
  }

  public YearMonth period() {
    return YearMonth.parse(period);
  }

  public ReportingMonthStatus status() {
    return status;
  }

  public Optional<String> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Optional<Instant> submittedAt() {
    return instant(submittedAt);
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<Instant> approvedAt() {
    return instant(approvedAt);
  }

  public Optional<String> reopenedBy() {
    return Optional.ofNullable(reopenedBy);
  }

  public Optional<Instant> reopenedAt() {
    return instant(reopenedAt);
  }

  public Optional<String> reopenReason() {
    return Optional.ofNullable(reopenReason);
  }

  public long version() {
    return version;
  }

  @Override
  public String auditId() {
    // Known by regency and month, also in entries written before it has an id.
    return regencyCode + "/" + period;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("regency", regencyCode)
        .and("period", period)
        .and("status", status)
        .and("submittedBy", submittedBy)
        .and("approvedBy", approvedBy)
        .and("reopenedBy", reopenedBy)
        .and("reopenReason", reopenReason);
  }

  @Override
  public RegionCode auditRegion() {
    return RegionCode.of(regencyCode);
  }
}
