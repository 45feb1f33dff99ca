package id.go.lampungprov.kkb.platform.persistence;

/**
 * What the readiness check reports about the schema.
 *
 * @param schemaVersion the version of the last applied migration, or null before any
 * @param pending migrations known to the build but not yet applied
 * @param failed migrations recorded as failed
 * @param database the database product, e.g. "H2" or "PostgreSQL"
 */
public record MigrationStatus(String schemaVersion, int pending, int failed, String database) {

  public boolean upToDate() {
    return schemaVersion != null && pending == 0 && failed == 0;
  }
}
