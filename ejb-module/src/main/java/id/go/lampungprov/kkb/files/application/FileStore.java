package id.go.lampungprov.kkb.files.application;

import id.go.lampungprov.kkb.files.domain.Attached;
import id.go.lampungprov.kkb.files.domain.StoredFile;
import id.go.lampungprov.kkb.files.domain.StoredFileContent;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Stores inspected uploads in the caller's transaction: if the record the file belongs to cannot be
 * written, neither is the file.
 */
@ApplicationScoped
public class FileStore {

  @PersistenceContext private EntityManager em;

  /** Inspects {@code data} against {@code policy} and stores it. */
  public StoredFile store(UploadPolicy policy, byte[] data, String declaredType) {
    UploadPolicy.Inspected inspected = policy.inspect(data, declaredType);
    StoredFile file = new StoredFile(inspected, sha256(data), Instant.now());
    em.persist(file);
    em.flush();
    em.persist(new StoredFileContent(file.id(), data));
    em.flush();
    return file;
  }

  public Optional<byte[]> content(StoredFile file) {
    return Optional.ofNullable(em.find(StoredFileContent.class, file.id()))
        .map(StoredFileContent::content);
  }

  /**
   * The bytes of a record's attachment, for download; gone bytes answer as the record not found,
   * named {@code kind} and {@code id} as the caller asked for it.
   */
  public byte[] content(Attached record, String kind, long id) {
    return content(record.file())
        .orElseThrow(() -> new EntityNotFoundException(kind, String.valueOf(id)));
  }

  /** Removes a file no record refers to any more. */
  public void remove(StoredFile file) {
    StoredFileContent content = em.find(StoredFileContent.class, file.id());
    if (content != null) {
      em.remove(content);
    }
    em.remove(em.contains(file) ? file : em.merge(file));
    em.flush();
  }

  public static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
