package id.go.lampungprov.kkb.assessment.domain;

/**
 * A versioned way to classify Kampung KB. Results name the version, so a classification made under
 * an older rule set stays explainable when the province adopts another (e.g. the 77-indicator one).
 */
public interface ClassificationRuleSet {

  String version();

  ClassificationResult classify(ClassificationInput input);
}
