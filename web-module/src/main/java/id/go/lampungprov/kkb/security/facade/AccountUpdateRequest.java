package id.go.lampungprov.kkb.security.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole editable state of an account (PUT semantics). The account page binds its forms to it
 * too (hence the accessors).
 */
@Schema(name = "AccountUpdateRequest")
public class AccountUpdateRequest implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 120)
  public String fullName;

  @Size(max = 25)
  public String nip;

  @Size(max = 254)
  public String email;

  @NotNull public String role;
  @NotBlank public String scope;
  @NotNull public Boolean active;

  @Schema(description = "the version that was read; omit to overwrite blindly")
  public Long version;
}
