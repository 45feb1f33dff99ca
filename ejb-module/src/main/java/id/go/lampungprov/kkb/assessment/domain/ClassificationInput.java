package id.go.lampungprov.kkb.assessment.domain;

import id.go.lampungprov.kkb.registration.domain.Figures;
import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What a classification reads: the active profile, the latest month's figures and how many agencies
 * other than the family-planning offices intervened. Missing parts make the indicators that need
 * them not assessable.
 */
public record ClassificationInput(
    Optional<ProfileChecklist> profile,
    Optional<YearMonth> period,
    Optional<Figures> figures,
    int nonKbAgencies) {}
