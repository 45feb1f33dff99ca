package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.Signatory;
import id.go.lampungprov.kkb.files.application.FileStore;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The offices that issue documents: letterhead and logo, numbering, the officials who sign and
 * which of them signs each document type. Kept by administrators, no redeployment.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class IssuerService {

  @Inject private DocumentRepository documents;
  @Inject private FileStore files;

  @RolesAllowed(Role.Names.STAFF)
  public List<Issuer> list() {
    return documents.issuers();
  }

  @RolesAllowed(Role.Names.STAFF)
  public Issuer get(String code) {
    return documents
        .findIssuer(code)
        .orElseThrow(() -> new EntityNotFoundException("Issuer", code));
  }

  public Issuer change(String code, Long expectedVersion, Issuer.Details details) {
    Issuer issuer = get(code);
    StaleVersionException.check(expectedVersion, issuer.version(), "issuer " + code);
    issuer.change(details);
    return issuer;
  }

  /** Replaces the letterhead logo (PNG or JPEG); documents issued before keep theirs. */
  public Issuer changeLogo(String code, byte[] image, String contentType) {
    Issuer issuer = get(code);
    StoredFile file = files.store(UploadPolicy.photo("logo"), image, contentType);
    issuer.changeLogo(file);
    return issuer;
  }

  @RolesAllowed(Role.Names.STAFF)
  public Optional<byte[]> logo(String code) {
    return get(code).logo().flatMap(files::content);
  }

  @RolesAllowed(Role.Names.STAFF)
  public List<Signatory> signatories(String code) {
    return documents.signatories(get(code).code());
  }

  public Signatory addSignatory(
      String code, String fullName, String position, String rank, Nip nip) {
    Signatory s = new Signatory(get(code), fullName, position, rank, nip);
    documents.add(s);
    return s;
  }

  public Signatory changeSignatory(
      String code,
      long id,
      Long expectedVersion,
      String fullName,
      String position,
      String rank,
      Nip nip) {
    Signatory s = signatory(code, id);
    StaleVersionException.check(expectedVersion, s.version(), "signatory " + id);
    s.change(fullName, position, rank, nip);
    return s;
  }

  /**
   * Names who signs a document type for the issuer; {@code null} returns the type to the issuer's
   * default signatory.
   */
  public Issuer assignSignatory(String code, DocumentType type, Long signatoryId) {
    Issuer issuer = get(code);
    issuer.assignSignatory(type, signatoryId == null ? null : signatory(code, signatoryId));
    return issuer;
  }

  private Signatory signatory(String code, long id) {
    Signatory s =
        documents
            .findSignatory(id)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "signatoryId", "known-signatory", "no signatory " + id));
    if (!s.issuerCode().equals(get(code).code())) {
      throw new InvalidInputException(
          "signatoryId", "same-issuer", "signatory " + id + " signs for another issuer");
    }
    return s;
  }
}
