package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.infrastructure.NumberBook;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The transactions around an issuer's numbers (see {@link NumberBook}): a number is taken and given
 * back each in a short transaction of its own, so the counter is never locked while a document is
 * rendered and signed; it is used up in the transaction that archives the document.
 */
@Stateless
@PermitAll
public class DocumentNumbers {

  @Inject private DocumentRepository documents;
  @Inject private NumberBook book;

  /**
   * Creates a year's counter in a transaction of its own, so that when two first documents of a
   * year are issued at once, the one that loses the race to create it only loses this step.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String issuerCode, int year) {
    documents.ensureCounter(issuerCode, year);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public NumberBook.Reservation reserve(String issuerCode, int year, String holder) {
    return book.reserve(issuerCode, year, holder, Instant.now());
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void consume(NumberBook.Reservation reservation) {
    book.consume(reservation);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(NumberBook.Reservation reservation) {
    book.release(reservation);
  }
}
