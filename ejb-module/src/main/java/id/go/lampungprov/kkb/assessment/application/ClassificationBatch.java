package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.registration.domain.KampungKbRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reclassifies many Kampung KB in the background after a bulk import, 100 per transaction, so an
 * import of a whole province neither waits for it nor holds one huge transaction. Derived data
 * only: a failure is logged and healed by the next change or start.
 */
@Stateless
@PermitAll
public class ClassificationBatch {

  static final int CHUNK = 100;
  private static final Logger LOG = Logger.getLogger(ClassificationBatch.class.getName());

  @Inject private ClassificationRecomputer recomputer;
  @Inject private KampungKbRepository registry;
  @Resource private SessionContext context;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void recompute(List<Long> kampungKbIds) {
    ClassificationBatch self = context.getBusinessObject(ClassificationBatch.class);
    for (int from = 0; from < kampungKbIds.size(); from += CHUNK) {
      List<Long> chunk = kampungKbIds.subList(from, Math.min(kampungKbIds.size(), from + CHUNK));
      try {
        self.recomputeChunk(List.copyOf(chunk));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "reclassification of " + chunk.size() + " Kampung KB failed", e);
      }
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recomputeChunk(List<Long> kampungKbIds) {
    kampungKbIds.forEach(id -> registry.find(id).ifPresent(recomputer::recompute));
  }
}
