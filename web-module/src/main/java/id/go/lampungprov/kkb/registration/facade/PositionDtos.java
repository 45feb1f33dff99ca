package id.go.lampungprov.kkb.registration.facade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pokja members and cadres in requests and answers. */
public final class PositionDtos {

  private PositionDtos() {}

  @Schema(name = "PokjaMember")
  public record Member(
      long id,
      PersonDto person,
      String role,
      LocalDate termStart,
      LocalDate termEnd,
      boolean trained) {}

  @Schema(name = "Cadre")
  public record CadreDto(
      long id, PersonDto person, String type, LocalDate termStart, LocalDate termEnd) {}

  /** Who takes a position in a Kampung KB and for which term: a Pokja member or a cadre. */
  public abstract static class PositionRequest {
    @NotNull public Long personId;

    @NotBlank
    @Size(max = 10)
    public String termStart;

    @Size(max = 10)
    public String termEnd;
  }

  @Schema(name = "PokjaMemberRequest")
  public static class MemberRequest extends PositionRequest {
    @NotBlank
    @Schema(
        description =
            "PATRON, ADVISER, CHAIR, SECRETARY, TREASURER or SECTION_* (8 family functions)")
    public String role;

    public boolean trained;
  }

  @Schema(name = "CadreRequest")
  public static class CadreRequest extends PositionRequest {
    @NotBlank
    @Schema(
        enumeration = {
          "PPKBD",
          "SUB_PPKBD",
          "POKTAN_BKB",
          "POKTAN_BKR",
          "POKTAN_BKL",
          "POKTAN_UPPKA",
          "POKTAN_PIK_R",
          "DATA_CADRE"
        })
    public String type;
  }

  @Schema(name = "TermEndRequest")
  public static class TermEnd {
    @NotBlank
    @Size(max = 10)
    public String termEnd;
  }
}
