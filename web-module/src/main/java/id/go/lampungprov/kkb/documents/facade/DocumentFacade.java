package id.go.lampungprov.kkb.documents.facade;

import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.IssuerService;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.IssuerDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.VerificationDto;
import id.go.lampungprov.kkb.security.domain.Nip;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DocumentFacade {

  @EJB private DocumentService documents;
  @EJB private IssuerService issuers;

  public DocumentDto get(String id) {
    return dto(documents.get(id));
  }

  public byte[] pdf(String id) {
    return documents.pdf(id);
  }

  public Optional<DocumentDto> publicFacts(String id) {
    return documents.publicFacts(id).map(DocumentFacade::dto);
  }

  public VerificationDto verify(byte[] pdf) {
    DocumentService.Verification v = documents.verify(pdf);
    return new VerificationDto(
        v.signature().signed(),
        v.signature().intact(),
        v.signature().coversWholeDocument(),
        v.signature().signerSubject(),
        v.signature().certificateSha256(),
        v.signature().signedAt().orElse(null),
        v.signedByThisInstallation(),
        v.registered().isPresent(),
        v.registered().map(DocumentFacade::dto).orElse(null));
  }

  public List<IssuerDto> issuers() {
    return issuers.list().stream().map(DocumentFacade::dto).toList();
  }

  public IssuerDto changeIssuer(String code, Long version, DocumentDtos.IssuerRequest r) {
    return dto(
        issuers.change(
            code,
            version,
            new Issuer.Details(
                r.line1,
                r.line2,
                r.address,
                r.numberTemplate,
                r.unitCode,
                r.signatoryName,
                r.signatoryPosition,
                r.signatoryRank,
                r.signatoryNip == null || r.signatoryNip.isBlank()
                    ? null
                    : Nip.parse("signatoryNip", r.signatoryNip),
                r.place)));
  }

  public static DocumentDto dto(IssuedDocument d) {
    return new DocumentDto(
        d.publicId(),
        d.number(),
        d.type(),
        d.subject(),
        d.issuerCode(),
        d.issuerName(),
        d.signatoryName(),
        d.signatoryPosition(),
        d.certificateSubject(),
        d.sha256(),
        d.issuedAt());
  }

  static IssuerDto dto(Issuer i) {
    return new IssuerDto(
        i.code(),
        i.line1(),
        i.line2(),
        i.address(),
        i.numberTemplate(),
        i.unitCode(),
        i.signatoryName(),
        i.signatoryPosition(),
        i.signatoryRank(),
        i.signatoryNip() == null ? null : i.signatoryNip().value(),
        i.place(),
        i.version());
  }
}
