package id.go.lampungprov.kkb.files.domain;

import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stored file attached to a record, with an optional caption: an event's photo, an intervention's
 * photo, a score's evidence. Embedded in the record's own table (columns {@code file_id} and {@code
 * caption}), so each kind keeps its table and the file's bytes stay in {@link StoredFileContent}.
 */
@Embeddable
public class Attachment {

  public static final int MAX_CAPTION = 200;

  @ManyToOne(optional = false)
  @JoinColumn(name = "file_id", nullable = false)
  private StoredFile file;

  @Column(name = "caption", length = MAX_CAPTION)
  private String caption;

  protected Attachment() {
    // for JPA
  }

  /** Refuses a caption longer than {@value #MAX_CAPTION} characters; a blank one means none. */
  public Attachment(StoredFile file, String caption) {
    this.file = file;
    this.caption = Texts.optional("caption", caption, MAX_CAPTION);
  }

  public StoredFile file() {
    return file;
  }

  public String caption() {
    return caption;
  }

  /** The fields a record's audit entries show of its attachment: the file, its digest, caption. */
  public Map<String, Object> auditFields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("file", file.id());
    fields.put("sha256", file.sha256());
    fields.put("caption", caption);
    return fields;
  }
}
