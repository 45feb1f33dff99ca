package id.go.lampungprov.kkb.registration.facade;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One month's figures; every count is required and not negative. */
@Schema(name = "MonthlyFiguresRequest")
public class FiguresRequest {
  @NotNull
  @Min(0)
  public Integer families;

  @NotNull
  @Min(0)
  public Integer pus;

  @NotNull
  @Min(0)
  public Integer teenagers;

  @NotNull
  @Min(0)
  public Integer familiesWithToddlers;

  @NotNull
  @Min(0)
  public Integer familiesWithTeens;

  @NotNull
  @Min(0)
  public Integer familiesWithElderly;

  @NotNull
  @Min(0)
  public Integer bkbParticipants;

  @NotNull
  @Min(0)
  public Integer bkrParticipants;

  @NotNull
  @Min(0)
  public Integer bklParticipants;

  @NotNull
  @Min(0)
  public Integer uppkaParticipants;

  @NotNull
  @Min(0)
  public Integer pikrParticipants;

  @NotNull
  @Min(0)
  public Integer usersIud;

  @NotNull
  @Min(0)
  public Integer usersMow;

  @NotNull
  @Min(0)
  public Integer usersMop;

  @NotNull
  @Min(0)
  public Integer usersCondom;

  @NotNull
  @Min(0)
  public Integer usersImplant;

  @NotNull
  @Min(0)
  public Integer usersInjectable;

  @NotNull
  @Min(0)
  public Integer usersPill;

  @NotNull
  @Min(0)
  public Integer nonUsersPregnant;

  @NotNull
  @Min(0)
  public Integer nonUsersWantChildSoon;

  @NotNull
  @Min(0)
  public Integer nonUsersIat;

  @NotNull
  @Min(0)
  public Integer nonUsersTial;

  @NotNull
  @Min(0)
  public Integer bpjsUsers;

  @Schema(description = "when replacing: the version that was read")
  public Long version;
}
