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

  public Boolean getActive() {
    return active;
  }

  public void setActive(Boolean active) {
    this.active = active;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
