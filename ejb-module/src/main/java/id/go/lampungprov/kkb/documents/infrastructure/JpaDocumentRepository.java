package id.go.lampungprov.kkb.documents.infrastructure;

import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.Issuer;
import id.go.lampungprov.kkb.documents.domain.Signatory;
import id.go.lampungprov.kkb.documents.domain.SignatureKind;
import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDocumentRepository extends JpaRepository implements DocumentRepository {

  @Override
  public Optional<Issuer> findIssuer(String code) {
    return Optional.ofNullable(code == null ? null : em.find(Issuer.class, code));
  }

  @Override
  public List<Issuer> issuers() {
    return em.createQuery("SELECT i FROM Issuer i ORDER BY i.code", Issuer.class).getResultList();
  }

  @Override
  public void ensureCounter(String issuerCode, int year) {
    Number present =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM document_counter WHERE issuer_code = ? AND counter_year = ?")
                .setParameter(1, issuerCode)
                .setParameter(2, year)
                .getSingleResult();
    if (present.longValue() == 0) {
      em.createNativeQuery(
              "INSERT INTO document_counter (issuer_code, counter_year, last_value) VALUES (?, ?, 0)")
          .setParameter(1, issuerCode)
          .setParameter(2, year)
          .executeUpdate();
    }
  }

  @Override
  public void add(IssuedDocument document) {
    persistNow(document);
  }

  @Override
  public Optional<IssuedDocument> findByPublicId(String publicId) {
    return em.createQuery(
            "SELECT d FROM IssuedDocument d WHERE d.publicId = :id", IssuedDocument.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<IssuedDocument> findBySha256(String sha256) {
    return em.createQuery(
            "SELECT d FROM IssuedDocument d WHERE d.sha256 = :h", IssuedDocument.class)
        .setParameter("h", sha256)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<IssuedDocument> awaitingSignatureOf(
      String signatoryNip, SignatureKind kind, int max) {
    return em.createQuery(
            "SELECT d FROM IssuedDocument d WHERE d.signatoryNip = :nip AND d.signatureKind = :kind"
                + " ORDER BY d.issuedAt, d.id",
            IssuedDocument.class)
        .setParameter("nip", signatoryNip)
        .setParameter("kind", kind)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<IssuedDocument> about(String subjectRef) {
    return PagedQuery.of(IssuedDocument.class, "d")
        .and("d.subjectRef = :ref", "ref", subjectRef)
        .all(em, "d.issuedAt DESC");
  }

  @Override
  public Page<IssuedDocument> issuedWithin(
      String regionCode, Optional<String> type, PageRequest page) {
    PagedQuery<IssuedDocument> q =
        PagedQuery.of(IssuedDocument.class, "d").within("d.regionCode", regionCode);
    type.ifPresent(t -> q.and("d.type = :type", "type", t));
    return q.page(em, "d.issuedAt DESC, d.id DESC", page);
  }

  @Override
  public List<Signatory> signatories(String issuerCode) {
    return em.createNamedQuery(Signatory.FIND_BY_ISSUER, Signatory.class)
        .setParameter("issuer", issuerCode)
        .getResultList();
  }

  @Override
  public Optional<Signatory> findSignatory(long id) {
    return byId(Signatory.class, id);
  }

  @Override
  public void add(Signatory signatory) {
    persistNow(signatory);
  }
}
