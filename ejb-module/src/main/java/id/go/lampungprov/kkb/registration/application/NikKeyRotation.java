package id.go.lampungprov.kkb.registration.application;

import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditRecord;
import id.go.lampungprov.kkb.audit.domain.AuditTrail;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import id.go.lampungprov.kkb.region.domain.RegionLevel;
import id.go.lampungprov.kkb.registration.domain.Person;
import id.go.lampungprov.kkb.registration.domain.PersonRepository;
import id.go.lampungprov.kkb.security.application.ScopeGuard;
import id.go.lampungprov.kkb.security.domain.Nik;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.infrastructure.NikCipher;
import id.go.lampungprov.kkb.security.infrastructure.NikKeys;
import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Re-encrypts every stored NIK under the current key ({@code KKB_NIK_KEY}) after a rotation, while
 * the retired keys are still configured in {@code KKB_NIK_KEY_PREVIOUS}. Works in batches, each in
 * its own transaction, so it runs on a live installation and can be started again after an
 * interruption; once it reports nothing remaining, the previous keys can be removed.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class NikKeyRotation {

  private static final int BATCH = 200;

  /** How many NIKs were moved to the key {@code keyId}, and how many remain (0 when done). */
  public record Result(String keyId, int reencrypted, long remaining) {}

  /** One batch: how many were moved and the last id looked at (0 when there was none). */
  public record Batch(int moved, long lastId) {}

  @Inject private PersonRepository people;
  @Inject private NikKeys keys;
  @Inject private ScopeGuard scopeGuard;
  @Inject private AuditTrail audit;
  @Resource private SessionContext context;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Result rotate() {
    // The key belongs to the province's installation: a national administrator manages accounts.
    if (scopeGuard.scope().region().map(RegionCode::level).orElse(null) != RegionLevel.PROVINCE) {
      throw new AccessDeniedException("only a province administrator rotates the NIK key");
    }
    NikKeyRotation self = context.getBusinessObject(NikKeyRotation.class);
    String keyId = keys.cipher().keyId();
    int moved = 0;
    for (Batch batch = self.batch(0); batch.lastId() > 0; batch = self.batch(batch.lastId())) {
      moved += batch.moved();
    }
    self.record(keyId, moved);
    return new Result(keyId, moved, self.remaining());
  }

  /** Re-encrypts the next batch of NIKs after the id {@code afterId}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Batch batch(long afterId) {
    NikCipher current = keys.cipher();
    List<Person> found = people.withNikNotUnderKey(current.keyId(), afterId, BATCH);
    for (Person person : found) {
      Nik nik = Nik.parse("nik", keys.decrypt(person.nikEncrypted().orElseThrow()), d -> true);
      person.resealNik(current.encrypt(nik), current.blindIndex(nik));
    }
    return new Batch(found.size(), found.isEmpty() ? 0 : found.get(found.size() - 1).id());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long remaining() {
    return people.countWithNikNotUnderKey(keys.cipher().keyId());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String keyId, int moved) {
    audit.append(
        AuditRecord.event(
            AuditAction.TRANSITION, "NikKey", keyId, moved + " NIKs re-encrypted under " + keyId));
  }
}
