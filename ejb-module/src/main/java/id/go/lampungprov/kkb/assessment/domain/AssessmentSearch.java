package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.util.Optional;

/** Filters of the assessment list; the region is the caller's scope, added by the service. */
public record AssessmentSearch(
    Optional<String> kampungKbName,
    Optional<String> period,
    Optional<AssessmentStage> stage,
    Optional<AssessmentStatus> status,
    PageRequest page) {}
