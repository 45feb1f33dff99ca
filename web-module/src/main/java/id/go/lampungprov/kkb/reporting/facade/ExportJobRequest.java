package id.go.lampungprov.kkb.reporting.facade;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code POST /api/exports} asks for: a list, its filters as on the list endpoint, a format.
 */
@Schema(name = "ExportJobRequest")
public class ExportJobRequest {

  @Schema(required = true, example = "kampung-kb")
  public String list;

  @Schema(
      required = true,
      enumeration = {"xlsx", "csv"})
  public String format;

  @Schema(description = "the list endpoint's query parameters, e.g. {\"region\": \"18.07\"}")
  public Map<String, String> filters;
}
