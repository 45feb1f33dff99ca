package id.go.lampungprov.kkb.platform.facade;

/** A stored record as a transfer object: its id names it in URLs, its version is its ETag. */
public interface VersionedDto extends Versioned {

  long id();
}
