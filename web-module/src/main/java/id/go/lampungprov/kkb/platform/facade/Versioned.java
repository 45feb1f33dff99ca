package id.go.lampungprov.kkb.platform.facade;

/**
 * A transfer object of something stored with a version: the entity tag a client sends back as
 * If-Match to change it.
 */
public interface Versioned {

  long version();
}
