package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Creates a year's number counter in a transaction of its own, so that when two first documents of
 * a year are issued at once, the one that loses the race to create it only loses this step.
 */
@Stateless
@PermitAll
public class DocumentCounters {

  @Inject private DocumentRepository documents;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String issuerCode, int year) {
    documents.ensureCounter(issuerCode, year);
  }
}
