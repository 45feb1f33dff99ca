package id.go.lampungprov.kkb.documents.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.lampungprov.kkb.documents.application.SigningQueue;
import id.go.lampungprov.kkb.documents.domain.BsreException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the signatory reads of a batch, in Bahasa Indonesia and English. */
class SigningQueueFacadeTest {

  private static final Locale ID = Locale.forLanguageTag("id");

  @Test
  void everyReasonTheGatewayGivesIsSaidInBothLanguages() {
    for (BsreException.Reason reason : BsreException.Reason.values()) {
      String id = SigningQueueFacade.reason(ID, reason);
      String en = SigningQueueFacade.reason(Locale.ENGLISH, reason);
      assertFalse(id.isBlank() || en.isBlank(), reason.name());
      assertFalse(id.equals(en), reason + " is translated");
    }
  }

  @Test
  void aStoppedBatchSaysWhyAndThatNothingWasSigned() {
    SigningQueue.Batch stopped =
        new SigningQueue.Batch(
            List.of(
                new SigningQueue.Outcome(
                    "a",
                    SigningQueue.Status.FAILED,
                    BsreException.Reason.WRONG_PASSPHRASE,
                    null,
                    null)),
            BsreException.Reason.WRONG_PASSPHRASE);
    String id = SigningQueueFacade.summary(ID, stopped, 0);
    assertTrue(id.startsWith("Penandatanganan dihentikan: Passphrase salah."), id);
    assertTrue(id.endsWith("0 dokumen ditandatangani dan diarsipkan."), id);
    assertTrue(
        SigningQueueFacade.summary(Locale.ENGLISH, stopped, 0)
            .startsWith("Signing stopped: Wrong passphrase."));
    assertEquals(
        "2 dokumen ditandatangani dan diarsipkan.",
        SigningQueueFacade.summary(ID, new SigningQueue.Batch(List.of(), null), 2));
  }

  @Test
  void aRefusedDocumentIsSaidByItsRuleOrAsNotArchived() {
    SigningQueue.Outcome notAwaiting =
        new SigningQueue.Outcome(
            "a", SigningQueue.Status.FAILED, null, "not-awaiting-signature", "signed already");
    assertEquals(
        "Dokumen ini tidak (lagi) menunggu tanda tangan melalui BSrE.",
        SigningQueueFacade.text(ID, notAwaiting));
    SigningQueue.Outcome unknown =
        new SigningQueue.Outcome("a", SigningQueue.Status.FAILED, null, "failed", "boom");
    assertEquals(
        "Dokumen ini tidak dapat diarsipkan; tetap menunggu tanda tangan.",
        SigningQueueFacade.text(ID, unknown));
  }
}
