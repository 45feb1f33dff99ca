package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.registration.application.DecreeService;
import id.go.lampungprov.kkb.registration.domain.Decree;
import id.go.lampungprov.kkb.registration.domain.DecreeSubject;
import id.go.lampungprov.kkb.registration.domain.KampungKb;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DecreeFacade {

  @EJB private DecreeService decrees;

  public DecreeDtos.DecreeDto register(DecreeDtos.DecreeRequest r) {
    return dto(
        decrees.register(
            new DecreeService.DecreeData(
                r.number,
                KampungKbFacade.date("date", r.date),
                RegionCode.parse("issuerRegion", r.issuerRegion),
                r.signerName,
                r.signerPosition,
                KampungKbFacade.parseEnum(DecreeSubject.class, "subject", r.subject),
                r.kampungKbIds)));
  }

  public DecreeDtos.DecreeDto attachDocument(long id, byte[] data, String contentType) {
    return dto(decrees.attachDocument(id, data, contentType));
  }

  public byte[] document(long id) {
    return decrees.document(id);
  }

  public DecreeDtos.DecreeDto get(long id) {
    return dto(decrees.get(id));
  }

  public List<DecreeDtos.DecreeDto> covering(long kampungKbId) {
    return decrees.covering(kampungKbId).stream().map(DecreeFacade::dto).toList();
  }

  private static DecreeDtos.DecreeDto dto(Decree d) {
    return new DecreeDtos.DecreeDto(
        d.id(),
        d.number(),
        d.date(),
        d.issuerLevel().name(),
        d.issuerRegion().value(),
        d.signerName(),
        d.signerPosition(),
        d.subject().name(),
        d.covered().stream().map(KampungKb::id).toList(),
        d.document().map(f -> f.sha256()).orElse(null));
  }
}
