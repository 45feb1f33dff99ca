package id.go.lampungprov.kkb.reporting.facade;

import id.go.lampungprov.kkb.platform.export.ExportJob;
import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A background export as its owner sees it. */
@Schema(name = "ExportJob")
public record ExportJobDto(
    String id,
    @Schema(example = "kampung-kb") String list,
    @Schema(enumeration = {"xlsx", "csv"}) String format,
    @Schema(example = "kampung-kb_1807_20261205-0930.xlsx") String fileName,
    @Schema(enumeration = {"RUNNING", "DONE", "FAILED"}) String status,
    long rowsDone,
    @Schema(description = "rows the list had when the job started") long rowsTotal,
    int percent,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "why it failed; \"stalled\" when its instance stopped") String error)
    implements Serializable {

  public static ExportJobDto of(ExportJob j) {
    return new ExportJobDto(
        j.id(),
        j.list(),
        j.format(),
        j.fileName(),
        j.status().name(),
        j.rowsDone(),
        j.rowsTotal(),
        j.percent(),
        j.created(),
        j.updated(),
        j.error());
  }
}
