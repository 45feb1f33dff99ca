package id.go.lampungprov.kkb.coaching.domain;

/** A follow-up action's state; only OPEN ones can be overdue. */
public enum FollowUpStatus {
  OPEN,
  DONE,
  DROPPED
}
