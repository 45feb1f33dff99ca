package id.go.lampungprov.kkb.registration.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Kampung KB to register, or (without villageCode) its corrected details. Dates are strings so a
 * malformed one is reported with its field name rather than as an unreadable body.
 */
@Schema(name = "KampungKbRequest")
public class KampungKbRequest {
  @NotBlank
  @Size(max = 150)
  public String name;

  @Schema(description = "village code; only when registering", example = "18.07.04.2003")
  @Size(max = 20)
  public String villageCode;

  @Size(max = 200)
  public String rwCoverage;

  @Schema(description = "yyyy-mm-dd", example = "2016-06-13")
  @NotBlank
  @Size(max = 10)
  public String declarationDate;

  @Size(max = 4000)
  public String description;

  public Double latitude;
  public Double longitude;

  @Size(max = 20)
  @Schema(description = "formation criteria, e.g. POOR_FAMILIES_ABOVE_AVERAGE, COASTAL")
  public List<String> criteria;

  @Schema(enumeration = {"NONE", "REGENCY_MODEL", "PROVINCE_MODEL"})
  public String modelStatus;

  @Schema(description = "when updating: the version that was read (or use If-Match)")
  public Long version;
}
