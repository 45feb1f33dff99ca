package id.go.lampungprov.kkb.files.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentTest {

  private final StoredFile file =
      new StoredFile(new UploadPolicy.Inspected(FileType.PNG, 10, 1, 1), "ab12", Instant.now());

  @Test
  void aCaptionIsTrimmedAndABlankOneIsNone() {
    assertEquals("Sosialisasi", new Attachment(file, "  Sosialisasi ").caption());
    assertNull(new Attachment(file, "   ").caption());
    assertNull(new Attachment(file, null).caption());
  }

  @Test
  void aCaptionLongerThan200CharactersIsRefused() {
    char[] text = new char[201];
    Arrays.fill(text, 'a');
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> new Attachment(file, new String(text)));
    assertEquals("caption", e.field());
    assertEquals("max-length", e.rule());
  }

  @Test
  void theAuditShowsFileDigestAndCaptionInThatOrder() {
    Attachment attachment = new Attachment(file, "Foto");
    assertEquals(
        List.of("file", "sha256", "caption"), List.copyOf(attachment.auditFields().keySet()));
    assertEquals("ab12", attachment.auditFields().get("sha256"));
    assertEquals("Foto", attachment.auditFields().get("caption"));
  }

  @Test
  void anAttachedRecordReadsThroughToItsFileAndCaption() {
    Attachment attachment = new Attachment(file, "Foto");
    Attached record = () -> attachment;
    assertSame(file, record.file());
    assertEquals("Foto", record.caption());
  }
}
