package id.go.lampungprov.kkb.security.facade;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole editable state of an account (PUT semantics). */
@Schema(name = "AccountUpdateRequest")
public class AccountUpdateRequest extends AccountDetails {

  private static final long serialVersionUID = 1L;

  @NotNull public Boolean active;

  @Schema(description = "the version that was read; omit to overwrite blindly")
  public Long version;
}
