package id.go.lampungprov.kkb.registration.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeactivationRequest")
public class DeactivationRequest {
  @NotBlank
  @Size(max = 500)
  public String reason;

  @Schema(description = "yyyy-mm-dd")
  @NotBlank
  @Size(max = 10)
  public String since;
}
