package id.go.lampungprov.kkb.monitoring.domain;

/** Where a regency's month of figures stands. Only {@link #APPROVED} locks the figures. */
public enum ReportingMonthStatus {
  /** Figures may be entered and corrected (also a month no one has submitted yet). */
  OPEN,
  /** A regency operator handed the month in; the figures are still writable until approval. */
  SUBMITTED,
  /** Approved by the regency office or the province: the month's figures are locked. */
  APPROVED
}
