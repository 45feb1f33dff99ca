package id.go.lampungprov.kkb.files.domain;

/** A record that carries one {@link Attachment}; its file and caption read through. */
public interface Attached {

  Attachment attachment();

  default StoredFile file() {
    return attachment().file();
  }

  default String caption() {
    return attachment().caption();
  }
}
