package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.registration.domain.QualityWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quality warning: the figures were saved all the same. */
@Schema(name = "QualityWarning")
public record QualityWarningDto(
    String field,
    @Schema(description = "the rule's stable code, e.g. pus-jump") String rule,
    String message,
    @Schema(description = "the figure") long value,
    @Schema(description = "what it was compared with: a median of recent months, last month")
        long reference) {

  static QualityWarningDto of(QualityWarning w) {
    return new QualityWarningDto(w.field(), w.rule(), w.message(), w.value(), w.reference());
  }
}
