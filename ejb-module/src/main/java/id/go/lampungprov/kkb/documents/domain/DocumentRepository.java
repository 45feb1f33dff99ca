package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import java.util.List;
import java.util.Optional;

public interface DocumentRepository {

  Optional<Issuer> findIssuer(String code);

  List<Issuer> issuers();

  /** Makes sure the year's counter of an issuer exists (in its own transaction). */
  void ensureCounter(String issuerCode, int year);

  void add(IssuedDocument document);

  Optional<IssuedDocument> findByPublicId(String publicId);

  Optional<IssuedDocument> findBySha256(String sha256);

  List<IssuedDocument> about(String subjectRef);

  /** The documents of this kind issued for the signatory of this NIP, oldest first, at most max. */
  List<IssuedDocument> awaitingSignatureOf(String signatoryNip, SignatureKind kind, int max);

  /** Documents about records in the region, newest first. */
  Page<IssuedDocument> issuedWithin(String regionCode, Optional<String> type, PageRequest page);

  List<Signatory> signatories(String issuerCode);

  Optional<Signatory> findSignatory(long id);

  void add(Signatory signatory);
}
