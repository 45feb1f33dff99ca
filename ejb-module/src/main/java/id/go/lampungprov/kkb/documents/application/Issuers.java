package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.DocumentType;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.IssuerChoice;
import id.go.lampungprov.kkb.documents.domain.Signatory;
import id.go.lampungprov.kkb.documents.domain.SignatureBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who issues and who signs a document: {@link IssuerChoice} on the configured issuers. */
@ApplicationScoped
public class Issuers {

  @Inject private DocumentRepository documents;

  /**
   * @param preferred the issuer asked for, e.g. the organising agency's code; may be null or not an
   *     issuer
   */
  public Issuer of(DocumentType type, String preferred) {
    return IssuerChoice.of(type, preferred, documents::findIssuer);
  }

  /** The issuer a user chose (must exist), or the type's when none. */
  public Issuer chosen(DocumentType type, String code) {
    return IssuerChoice.chosen(type, code, documents::findIssuer);
  }

  /** Who signs documents of this type for the issuer: the named signatory, else the default. */
  public SignatureBlock signatureFor(Issuer issuer, DocumentType type) {
    return issuer
        .signatoryFor(type)
        .flatMap(documents::findSignatory)
        .map(Signatory::signer)
        .orElseGet(issuer::signatory)
        .block();
  }
}
