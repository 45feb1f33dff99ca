package id.go.lampungprov.kkb.security.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a new and an edited account both state: who holds it, the role and the regional scope. The
 * account page binds its forms to these public fields too.
 */
public abstract class AccountDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 120)
  public String fullName;

  @Schema(description = "optional 18-digit NIP, spaces allowed")
  @Size(max = 25)
  public String nip;

  @Size(max = 254)
  public String email;

  @NotNull
  @Schema(enumeration = {"ADMIN", "PROVINCE_OFFICER", "REGENCY_OPERATOR", "ASSESSOR", "VIEWER"})
  public String role;

  @NotBlank
  @Schema(example = "18.07")
  public String scope;
}
