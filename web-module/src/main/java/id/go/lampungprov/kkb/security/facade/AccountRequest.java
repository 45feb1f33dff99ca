package id.go.lampungprov.kkb.security.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account; the temporary password must be changed at first login. */
@Schema(name = "AccountRequest")
public class AccountRequest extends AccountDetails {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 50)
  public String username;

  @NotBlank
  @Size(max = 128)
  public String temporaryPassword;
}
