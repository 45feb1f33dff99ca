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

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getNip() {
    return nip;
  }

  public void setNip(String nip) {
    this.nip = nip;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }
}
