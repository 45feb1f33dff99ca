package id.go.lampungprov.kkb.documents.application;

import id.go.lampungprov.kkb.documents.domain.BsreException;
import id.go.lampungprov.kkb.documents.domain.DocumentRepository;
import id.go.lampungprov.kkb.documents.domain.IssuedDocument;
import id.go.lampungprov.kkb.documents.domain.SignatureKind;
import id.go.lampungprov.kkb.documents.infrastructure.BsreGateway;
import id.go.lampungprov.kkb.security.application.CurrentUser;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import id.go.lampungprov.kkb.shared.domain.FieldRuleException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * An official's signing queue: the documents issued for BSrE that await their signature, found by
 * the NIP of their account, and the signing of several at once with one passphrase.
 *
 * <p>The account signs as BSrE knows it by its e-mail address: accounts keep no NIK (a NIK would be
 * one more encrypted personal datum on every account, for this one use), and the gateway's API v2
 * takes an e-mail address in its place.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class SigningQueue {

  private static final Logger LOG = Logger.getLogger(SigningQueue.class.getName());

  /** At most this many documents in one batch: a gateway call each, in one request. */
  public static final int MAX_BATCH = 50;

  private static final int MAX_LISTED = 500;

  /** What became of one document of a batch. */
  public enum Status {
    SIGNED,
    FAILED,
    /**
     * Not sent to the gateway: an earlier failure of the signatory or the gateway stopped the
     * batch.
     */
    NOT_ATTEMPTED
  }

  /**
   * @param reason why the gateway did not sign, or null
   * @param rule the check the document or its signed copy failed, or null
   */
  public record Outcome(
      String publicId, Status status, BsreException.Reason reason, String rule, String detail) {}

  /**
   * @param stoppedBy the failure of the signatory or gateway that stopped the batch, or null
   */
  public record Batch(List<Outcome> outcomes, BsreException.Reason stoppedBy) {}

  @Inject private CurrentUser currentUser;
  @Inject private DocumentRepository documents;
  @Inject private BsreGateway gateway;
  @EJB private BsreSignatures signatures;

  /** The documents awaiting the caller's BSrE signature, oldest first; none without a NIP. */
  @RolesAllowed(Role.Names.STAFF)
  public List<IssuedDocument> awaitingMine() {
    return currentUser
        .account()
        .nip()
        .map(
            nip ->
                documents.awaitingSignatureOf(nip.value(), SignatureKind.AWAITING_BSRE, MAX_LISTED))
        .orElse(List.of());
  }

  /** Whether a BSrE gateway is configured, for the page to say so before anyone types. */
  @RolesAllowed(Role.Names.STAFF)
  public boolean gatewayConfigured() {
    return gateway.configured();
  }

  /**
   * Signs the documents through the BSrE gateway with the caller's certificate, one after the
   * other, each checked and archived on its own. A document that fails stays awaiting, untouched; a
   * failure of the signatory or the gateway (wrong passphrase, gateway down) stops the batch there.
   * Runs outside a transaction: the gateway is called while no row is locked. The passphrase is
   * cleared when the batch ends.
   */
  @RolesAllowed(Role.Names.STAFF)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Batch sign(List<String> publicIds, char[] passphrase) {
    try {
      List<String> ids = validIds(publicIds);
      if (passphrase == null || passphrase.length == 0) {
        throw new InvalidInputException("passphrase", "required", "the passphrase is required");
      }
      if (!gateway.configured()) {
        throw new InvalidInputException(
            "passphrase",
            "bsre-not-configured",
            "signing through BSrE is not set up on this installation (KKB_BSRE_URL)");
      }
      Account me = currentUser.account();
      me.nip()
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      "documentIds", "signatory-nip", "your account has no NIP"));
      BsreGateway.Signer signer =
          BsreGateway.Signer.byEmail(
              me.email()
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              "documentIds",
                              "bsre-identity",
                              "your account has no e-mail address, by which BSrE knows you")));
      return run(ids, passphrase, signer);
    } finally {
      if (passphrase != null) {
        Arrays.fill(passphrase, '\0');
      }
    }
  }

  private Batch run(List<String> ids, char[] passphrase, BsreGateway.Signer signer) {
    List<Outcome> outcomes = new ArrayList<>();
    try {
      gateway.requireReady(signer);
    } catch (BsreException e) {
      return stopped(ids, 0, outcomes, e);
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      BsreSignatures.Pending pending;
      try {
        pending = signatures.pending(id);
      } catch (RuntimeException e) {
        outcomes.add(refused(id, e));
        continue;
      }
      byte[] signed;
      try {
        signed =
            gateway.sign(
                signer,
                passphrase,
                pending.unsigned(),
                BsreGateway.Appearance.invisible(
                    "Dokumen resmi nomor " + pending.number(), pending.place()));
      } catch (BsreException e) {
        LOG.warning(() -> "BSrE did not sign " + pending.number() + ": " + e.getMessage());
        if (e.reason().stopsBatch()) {
          return stopped(ids, i, outcomes, e);
        }
        outcomes.add(new Outcome(id, Status.FAILED, e.reason(), null, null));
        continue;
      }
      try {
        signatures.archive(id, signed, signer.toString());
        outcomes.add(new Outcome(id, Status.SIGNED, null, null, null));
      } catch (RuntimeException e) {
        LOG.warning(() -> "BSrE-signed " + pending.number() + " not archived: " + e.getMessage());
        outcomes.add(refused(id, e));
      }
    }
    return new Batch(outcomes, null);
  }

  /** The document at {@code from} failed for a reason every later one would share. */
  private static Batch stopped(List<String> ids, int from, List<Outcome> done, BsreException e) {
    List<Outcome> outcomes = new ArrayList<>(done);
    if (from < ids.size()) {
      outcomes.add(new Outcome(ids.get(from), Status.FAILED, e.reason(), null, null));
    }
    for (String id : ids.subList(Math.min(from + 1, ids.size()), ids.size())) {
      outcomes.add(new Outcome(id, Status.NOT_ATTEMPTED, e.reason(), null, null));
    }
    return new Batch(outcomes, e.reason());
  }

  /** A document refused by a rule (not awaiting, another official's, its signed copy failed). */
  private static Outcome refused(String id, RuntimeException e) {
    Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
    String rule =
        cause instanceof FieldRuleException f
            ? f.rule()
            : cause instanceof BusinessException ? "refused" : "failed";
    return new Outcome(id, Status.FAILED, null, rule, cause.getMessage());
  }

  private static List<String> validIds(List<String> publicIds) {
    if (publicIds == null || publicIds.isEmpty()) {
      throw new InvalidInputException("documentIds", "required", "choose at least one document");
    }
    List<String> ids = List.copyOf(new LinkedHashSet<>(publicIds));
    if (ids.size() > MAX_BATCH) {
      throw new InvalidInputException(
          "documentIds", "max-size", "at most " + MAX_BATCH + " documents at once");
    }
    return ids;
  }
}
