package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The offices that issue documents: letterhead, numbering and signatory, kept by admins. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class IssuerService {

  @Inject private DocumentRepository documents;

  @RolesAllowed(Role.Names.STAFF)
  public List<Issuer> list() {
    return documents.issuers();
  }

  public Issuer change(String code, Long expectedVersion, Issuer.Details details) {
    Issuer issuer =
        documents.findIssuer(code).orElseThrow(() -> new EntityNotFoundException("Issuer", code));
    if (expectedVersion != null && expectedVersion != issuer.version()) {
      throw new StaleVersionException("issuer " + code + " changed since it was read");
    }
    issuer.change(details);
    return issuer;
  }
}
