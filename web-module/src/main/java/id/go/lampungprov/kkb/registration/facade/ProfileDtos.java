package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.registration.domain.ProfileChecklist;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Profile versions in requests and answers. */
public final class ProfileDtos {

  private ProfileDtos() {}

  @Schema(name = "Profile")
  public record ProfileDto(
      long id, LocalDate validFrom, boolean active, ProfileChecklist checklist, long version) {}

  @Schema(name = "ProfileRequest")
  public static class ProfileRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    @Schema(description = "yyyy-mm-dd")
    @NotBlank
    @Size(max = 10)
    public String validFrom;

    public boolean pokjaExists;
    public boolean pokjaHasDecree;
    public boolean pokjaTrained;

    @Min(0)
    public int pokjaMembers;

    @Size(max = 120)
    public String pkbName;

    @Size(max = 25)
    public String pkbNip;

    @Schema(enumeration = {"NONE", "VILLAGE", "DISTRICT", "REGENCY", "PROVINCE"})
    public String regulationLevel;

    public boolean hasRkm;

    @Schema(description = "FAMILY_DATA_PK, ROUTINE_BKKBN, VILLAGE_POTENTIAL, SECTORAL, OTHER")
    @Size(max = 10)
    public List<String> dataSources;

    @Schema(description = "APBN, APBD, DANA_DESA, GRANT, CSR, SELF_HELP")
    @Size(max = 10)
    public List<String> fundingSources;

    public boolean hasSecretariat;

    @Schema(enumeration = {"NONE", "SEDERHANA", "LENGKAP", "PARIPURNA"})
    public String rumahDataKu;

    @Schema(description = "BKB, BKR, BKL, UPPKA, PIK_R")
    @Size(max = 10)
    public List<String> poktan;

    @Schema(description = "mechanism → NEVER, YEARLY, QUARTERLY, MONTHLY or WEEKLY")
    @Size(max = 10)
    public Map<String, String> mechanisms;
  }
}
