package id.go.lampungprov.kkb.security.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new account; the temporary password must be changed at first login. The account page binds its
 * forms to it too (hence the accessors).
 */
@Schema(name = "AccountRequest")
public class AccountRequest implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 50)
  public String username;

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

  @NotBlank
  @Size(max = 128)
  public String temporaryPassword;
}
