package id.go.lampungprov.kkb.registration.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonRequest")
public class PersonRequest {
  @Schema(description = "village of residence (sets the regional scope)", example = "18.07.04.2003")
  @NotBlank
  @Size(max = 20)
  public String villageCode;

  @NotBlank
  @Size(max = 120)
  public String fullName;

  @Schema(enumeration = {"MALE", "FEMALE"})
  @NotBlank
  public String sex;

  @Size(max = 25)
  public String phone;

  @Schema(description = "optional 16-digit NIK; stored encrypted")
  @Size(max = 20)
  public String nik;

  @Size(max = 25)
  public String nip;
}
