package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.registration.domain.MonthlyFigures;
import id.go.lampungprov.kkb.registration.domain.QualityWarning;
import java.util.List;

/** A month of figures as recorded, with the quality warnings it raised (saved all the same). */
public record ReportedFigures(MonthlyFigures figures, List<QualityWarning> warnings) {

  public ReportedFigures {
    warnings = List.copyOf(warnings);
  }
}
