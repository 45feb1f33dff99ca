package id.go.lampungprov.kkb.coaching.domain;

/** Kinds of events the province and regencies hold in Kampung KB. */
public enum EventType {
  COE_COACHING,
  DEVELOPMENT,
  SOCIALISATION,
  MONITORING_EVALUATION,
  TRAINING,
  OTHER
}
