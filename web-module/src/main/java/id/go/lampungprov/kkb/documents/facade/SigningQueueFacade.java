package id.go.lampungprov.kkb.documents.facade;

import id.go.lampungprov.kkb.documents.application.SigningQueue;
import id.go.lampungprov.kkb.documents.domain.BsreException;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The signatory's signing queue for pages and the API: the documents awaiting their BSrE signature,
 * and a batch signed with one passphrase, each result said in Bahasa Indonesia and English.
 */
@ApplicationScoped
public class SigningQueueFacade {

  private static final Locale ID = Locale.forLanguageTag("id");

  @EJB private SigningQueue queue;

  /** A batch to sign: the documents' ids and the passphrase of the caller's BSrE certificate. */
  @Schema(name = "SigningRequest")
  public static class SigningRequest {
    @Schema(description = "ids of documents awaiting the caller's signature (at most 50)")
    public List<String> documentIds;

    @Schema(
        description =
            "the passphrase of the caller's BSrE certificate: passed to the gateway, never stored,"
                + " logged or audited",
        format = "password")
    public String passphrase;
  }

  /** What became of one document. */
  @Schema(name = "SigningOutcome")
  public record OutcomeDto(
      String id,
      @Schema(
              description =
                  "SIGNED, FAILED or NOT_ATTEMPTED (a failure before it stopped the batch)")
          String status,
      @Schema(
              description =
                  "why the gateway did not sign: WRONG_PASSPHRASE, SIGNER_NOT_REGISTERED,"
                      + " CERTIFICATE_EXPIRED, CERTIFICATE_NOT_ACTIVE, GATEWAY_DOWN, GATEWAY_SLOW,"
                      + " GATEWAY_REJECTED_CLIENT, REFUSED")
          String reason,
      @Schema(description = "the rule the document or its signed copy failed, e.g. same-document")
          String rule,
      String message,
      String messageEn)
      implements Serializable {}

  /** The batch: how many were signed and, if it was stopped, why (Bahasa Indonesia, English). */
  @Schema(name = "SigningResult")
  public record ResultDto(
      int signed,
      int failed,
      String stoppedBy,
      String message,
      String messageEn,
      List<OutcomeDto> results)
      implements Serializable {}

  public List<DocumentDto> mine() {
    return queue.awaitingMine().stream().map(DocumentFacade::dto).toList();
  }

  public boolean gatewayConfigured() {
    return queue.gatewayConfigured();
  }

  /** Signs the batch; the request's passphrase is dropped from it before the gateway is called. */
  public ResultDto sign(SigningRequest request) {
    char[] passphrase = request.passphrase == null ? null : request.passphrase.toCharArray();
    request.passphrase = null;
    SigningQueue.Batch batch = queue.sign(request.documentIds, passphrase);
    List<OutcomeDto> results =
        batch.outcomes().stream()
            .map(
                o ->
                    new OutcomeDto(
                        o.publicId(),
                        o.status().name(),
                        o.reason() == null ? null : o.reason().name(),
                        o.rule(),
                        text(ID, o),
                        text(Locale.ENGLISH, o)))
            .toList();
    int signed = (int) results.stream().filter(r -> r.status().equals("SIGNED")).count();
    return new ResultDto(
        signed,
        results.size() - signed,
        batch.stoppedBy() == null ? null : batch.stoppedBy().name(),
        summary(ID, batch, signed),
        summary(Locale.ENGLISH, batch, signed),
        results);
  }

  /** "3 documents signed", or why the batch stopped. */
  static String summary(Locale locale, SigningQueue.Batch batch, int signed) {
    String done = MessageFormat.format(bundle(locale).getString("signing.signed"), signed);
    return batch.stoppedBy() == null
        ? done
        : MessageFormat.format(
            bundle(locale).getString("signing.stopped"), reason(locale, batch.stoppedBy()), done);
  }

  static String text(Locale locale, SigningQueue.Outcome o) {
    if (o.status() == SigningQueue.Status.SIGNED) {
      return bundle(locale).getString("signing.status.SIGNED");
    }
    if (o.reason() != null) {
      return reason(locale, o.reason());
    }
    ResourceBundle b = bundle(locale);
    String key = "bsre.rule." + o.rule();
    return b.containsKey(key) ? b.getString(key) : b.getString("bsre.rule.failed");
  }

  static String reason(Locale locale, BsreException.Reason reason) {
    return bundle(locale).getString("bsre.reason." + reason.name());
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("i18n.messages", locale);
  }
}
