package id.go.lampungprov.kkb.documents.facade;

import id.go.lampungprov.kkb.documents.application.DocumentService;
import id.go.lampungprov.kkb.documents.application.ExternalSignatures;
import id.go.lampungprov.kkb.documents.application.IssuerService;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.NumberTemplate;
import id.go.lampungprov.kkb.documents.domain.Signatory;
import id.go.lampungprov.kkb.documents.domain.SignatureKind;
import id.go.lampungprov.kkb.documents.domain.SigningRoute;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.IssuerDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.SignatoryDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.VerificationDto;
import id.go.lampungprov.kkb.reports.signing.SignatureCheck;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

@ApplicationScoped
public class DocumentFacade {

  @EJB private DocumentService documents;
  @EJB private IssuerService issuers;
  @EJB private ExternalSignatures externalSignatures;

  public DocumentDto get(String id) {
    return dto(documents.get(id));
  }

  public DocumentDtos.DocumentPageDto list(String type, Integer page, Integer size) {
    Page<IssuedDocument> found =
        documents.list(
            Optional.ofNullable(type)
                .filter(t -> !t.isBlank())
                .map(t -> DocumentType.parse("type", t)),
            PageRequest.of(page, size));
    return new DocumentDtos.DocumentPageDto(
        found.content().stream().map(DocumentFacade::dto).toList(),
        found.totalElements(),
        found.page(),
        found.size());
  }

  public byte[] pdf(String id) {
    return documents.pdf(id);
  }

  public Optional<DocumentDto> publicFacts(String id) {
    return documents.publicFacts(id).map(DocumentFacade::publicDto);
  }

  public VerificationDto verify(byte[] pdf) {
    DocumentService.Verification v = documents.verify(pdf);
    SignatureCheck s = v.signature();
    boolean overridden =
        v.registered()
            .filter(d -> d.signatureKind() == SignatureKind.EXTERNAL_OVERRIDE)
            .isPresent();
    String reason =
        s.trust().reason()
            + (overridden
                ? "; accepted by an administrator's override, not by a configured authority"
                : "");
    return new VerificationDto(
        s.signed(),
        s.intact(),
        s.coversWholeDocument(),
        s.signerSubject(),
        s.certificateSha256(),
        s.signedAt().orElse(null),
        v.signedByThisInstallation(),
        v.registered().isPresent(),
        v.registered().map(DocumentFacade::publicDto).orElse(null),
        s.trusted(),
        s.trust().status().name(),
        reason,
        s.trust().chain(),
        s.trust().anchor(),
        s.trust().notAfter(),
        false,
        overridden,
        s.timestamp().map(DocumentDtos.TimestampDto::of).orElse(null));
  }

  /** The registered document's archived signature, checked now (for the public page). */
  public Optional<SignatureCheck> archivedSignature(String id) {
    return documents.archivedSignature(id);
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

  /** The name an issued PDF is saved under: its number, with what a file name cannot hold as _. */
  public static String fileName(DocumentDto document) {
    return document.number().replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf";
  }

  /**
   * The {@code signature} query parameter: {@code installation} (default), {@code external} (signed
   * in another tool and uploaded back) or {@code bsre} (signed in the signatory's queue through the
   * BSrE gateway).
   */
  public static SigningRoute signingRoute(String signature) {
    return SigningRoute.parse("signature", signature);
  }

  /** The {@code override} query parameter of an upload: {@code true} or {@code false} (default). */
  public static boolean override(String override) {
    if (override == null || override.isBlank() || override.equals("false")) {
      return false;
    }
    if (override.equals("true")) {
      return true;
    }
    throw new InvalidInputException("override", "boolean", "override must be true or false");
  }

  /**
   * @param override an administrator accepts a certificate of no configured authority (audited)
   */
  public DocumentDto acceptSigned(String id, byte[] pdf, boolean override) {
    return dto(
        override
            ? externalSignatures.acceptSignedOverridingTrust(id, pdf)
            : externalSignatures.acceptSigned(id, pdf));
  }

  public IssuerDto changeLogo(String code, byte[] image, String contentType) {
    return dto(issuers.changeLogo(code, image, contentType));
  }

  public Optional<byte[]> logo(String code) {
    return issuers.logo(code);
  }

  /** How a template numbers the 7th Laporan Kegiatan of May 2021: lets an admin check it by eye. */
  public String numberExample(String template, String unitCode) {
    return template == null || template.isBlank()
        ? ""
        : NumberTemplate.format(template, 7, "400.13.1", unitCode, LocalDate.of(2021, 5, 20));
  }

  /** The kinds of document, each of which may name its own signatory. */
  public List<String> documentTypes() {
    return Arrays.stream(DocumentType.values()).map(Enum::name).toList();
  }

  public List<SignatoryDto> signatories(String code) {
    return issuers.signatories(code).stream().map(DocumentFacade::dto).toList();
  }

  public SignatoryDto addSignatory(String code, DocumentDtos.SignatoryRequest r) {
    return dto(issuers.addSignatory(code, r.fullName, r.position, r.rank, nip("nip", r.nip)));
  }

  public SignatoryDto changeSignatory(
      String code, long id, Long version, DocumentDtos.SignatoryRequest r) {
    return dto(
        issuers.changeSignatory(
            code, id, version, r.fullName, r.position, r.rank, nip("nip", r.nip)));
  }

  public IssuerDto assignSignatory(String code, String type, Long signatoryId) {
    return dto(issuers.assignSignatory(code, DocumentType.parse("type", type), signatoryId));
  }

  private static Nip nip(String field, String text) {
    return text == null || text.isBlank() ? null : Nip.parse(field, text);
  }

  static SignatoryDto dto(Signatory s) {
    return new SignatoryDto(
        s.id(),
        s.issuerCode(),
        s.signer().name(),
        s.signer().position(),
        s.signer().rank(),
        s.signer().nip() == null ? null : s.signer().nip().value(),
        s.version());
  }

  /**
   * The facts anyone may see: a certificate is named by its common name only, as a certified (BSrE)
   * certificate's full name can carry personal identifiers such as a NIK.
   */
  static DocumentDto publicDto(IssuedDocument d) {
    DocumentDto full = dto(d);
    return new DocumentDto(
        full.id(),
        full.number(),
        full.type(),
        full.subject(),
        full.issuerCode(),
        full.issuerName(),
        full.signatoryName(),
        full.signatoryPosition(),
        commonName(full.certificateSubject()),
        full.sha256(),
        full.issuedAt(),
        full.signatureKind());
  }

  /** The common name of a certificate's distinguished name, or null. */
  public static String commonNameOf(String distinguishedName) {
    return commonName(distinguishedName);
  }

  static String commonName(String distinguishedName) {
    if (distinguishedName == null) {
      return null;
    }
    try {
      for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return String.valueOf(rdn.getValue());
        }
      }
      return null;
    } catch (InvalidNameException e) {
      return null;
    }
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
        d.issuedAt(),
        d.signatureKind().name());
  }

  static IssuerDto dto(Issuer i) {
    return new IssuerDto(
        i.code(),
        i.line1(),
        i.line2(),
        i.address(),
        i.numberTemplate(),
        i.unitCode(),
        i.signatory().name(),
        i.signatory().position(),
        i.signatory().rank(),
        i.signatory().nip() == null ? null : i.signatory().nip().value(),
        i.place(),
        i.logo().isPresent(),
        new TreeMap<>(i.signatoriesByType()),
        i.version());
  }
}
