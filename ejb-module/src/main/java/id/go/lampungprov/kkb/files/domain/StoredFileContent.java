package id.go.lampungprov.kkb.files.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link StoredFile}, read only when the file itself is downloaded. */
@Entity
@Table(name = "stored_file_content")
public class StoredFileContent {

  @Id
  @Column(name = "file_id")
  private Long fileId;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected StoredFileContent() {
    // for JPA
  }

  public StoredFileContent(long fileId, byte[] content) {
    this.fileId = fileId;
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
