package id.go.lampungprov.kkb.files.domain;

import id.go.lampungprov.kkb.audit.domain.AuditedEntity;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The facts of an uploaded file; its bytes live in {@link StoredFileContent} so lists of photos or
 * decrees never load them.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile extends AuditedEntity {

  @Id
  @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false, length = 10)
  private FileType type;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  private Integer width;

  private Integer height;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected StoredFile() {
    // for JPA
  }

  /** The facts of bytes {@link UploadPolicy#inspect} accepted; {@code FileStore} stores both. */
  public StoredFile(UploadPolicy.Inspected inspected, String sha256, Instant now) {
    this.type = inspected.type();
    this.size = inspected.size();
    this.width = inspected.width();
    this.height = inspected.height();
    this.sha256 = sha256;
    this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public FileType type() {
    return type;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public Integer width() {
    return width;
  }

  public Integer height() {
    return height;
  }

  public Instant createdAt() {
    return createdAt.toInstant(ZoneOffset.UTC);
  }

  @Override
  public String auditType() {
    return "File";
  }

  /**
   * A file has no region of its own; the entry of the record using it (a photo, a decree, a
   * document) has.
   */
  @Override
  public RegionCode auditRegion() {
    return null;
  }

  @Override
  protected Map<String, Object> auditState() {
    return auditFields("type", type).and("size", size).and("sha256", sha256);
  }
}
