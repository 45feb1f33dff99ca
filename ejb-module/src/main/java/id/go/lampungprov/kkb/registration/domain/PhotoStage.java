package id.go.lampungprov.kkb.registration.domain;

/** Whether a photo shows the situation before an intervention or its result after it. */
public enum PhotoStage {
  BEFORE,
  AFTER
}
