package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.registration.application.PokjaService;
import id.go.lampungprov.kkb.registration.domain.Cadre;
import id.go.lampungprov.kkb.registration.domain.CadreType;
import id.go.lampungprov.kkb.registration.domain.PokjaMember;
import id.go.lampungprov.kkb.registration.domain.PokjaRole;
import id.go.lampungprov.kkb.registration.domain.Term;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PokjaFacade {

  @EJB private PokjaService pokja;

  public List<PositionDtos.Member> members(long kampungKbId) {
    return pokja.pokja(kampungKbId).stream().map(PokjaFacade::dto).toList();
  }

  /** The members; {@code current}: only those whose term has not ended, as the Pokja tab lists. */
  public List<PositionDtos.Member> members(long kampungKbId, boolean current) {
    return members(kampungKbId).stream().filter(m -> !current || m.termEnd() == null).toList();
  }

  public PositionDtos.Member addMember(long kampungKbId, PositionDtos.MemberRequest r) {
    return dto(
        pokja.addMember(
            kampungKbId,
            r.personId,
            KampungKbFacade.parseEnum(PokjaRole.class, "role", r.role),
            term(r),
            r.trained));
  }

  public PositionDtos.Member endMember(long memberId, String termEnd) {
    return dto(pokja.endMember(memberId, KampungKbFacade.date("termEnd", termEnd)));
  }

  public PositionDtos.CadreDto endCadre(long cadreId, String termEnd) {
    return dto(pokja.endCadre(cadreId, KampungKbFacade.date("termEnd", termEnd)));
  }

  public List<PositionDtos.CadreDto> cadres(long kampungKbId) {
    return pokja.cadres(kampungKbId).stream().map(PokjaFacade::dto).toList();
  }

  /** The cadres; {@code current}: only those whose term has not ended, as the Pokja tab lists. */
  public List<PositionDtos.CadreDto> cadres(long kampungKbId, boolean current) {
    return cadres(kampungKbId).stream().filter(c -> !current || c.termEnd() == null).toList();
  }

  public PositionDtos.CadreDto addCadre(long kampungKbId, PositionDtos.CadreRequest r) {
    return dto(
        pokja.addCadre(
            kampungKbId,
            r.personId,
            KampungKbFacade.parseEnum(CadreType.class, "type", r.type),
            term(r)));
  }

  private static Term term(PositionDtos.PositionRequest r) {
    return new Term(
        KampungKbFacade.date("termStart", r.termStart),
        r.termEnd == null || r.termEnd.isBlank()
            ? null
            : KampungKbFacade.date("termEnd", r.termEnd));
  }

  private static PositionDtos.Member dto(PokjaMember m) {
    return new PositionDtos.Member(
        m.id(),
        PersonFacade.dto(m.person()),
        m.role().name(),
        m.term().start(),
        m.term().end(),
        m.trained());
  }

  private static PositionDtos.CadreDto dto(Cadre c) {
    return new PositionDtos.CadreDto(
        c.id(), PersonFacade.dto(c.person()), c.type().name(), c.term().start(), c.term().end());
  }
}
