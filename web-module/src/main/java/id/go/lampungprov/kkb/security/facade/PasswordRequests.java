package id.go.lampungprov.kkb.security.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies about passwords. */
public final class PasswordRequests {

  private PasswordRequests() {}

  @Schema(name = "PasswordChangeRequest")
  public static class Change {
    @NotBlank
    @Size(max = 128)
    public String currentPassword;

    @NotBlank
    @Size(max = 128)
    public String newPassword;
  }

  @Schema(name = "PasswordResetRequest")
  public static class Reset {
    @NotBlank
    @Size(max = 128)
    public String temporaryPassword;
  }
}
