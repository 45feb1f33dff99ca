package id.go.lampungprov.kkb.platform.persistence;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Region codes are searched by prefix ({@code code LIKE '18.07.%'}): everything below a region.
 * PostgreSQL uses a B-tree index for such a prefix only when the index compares bytes, which a
 * database created with a language collation (the usual case) does not; {@code varchar_pattern_ops}
 * indexes do. H2 uses its ordinary indexes for prefixes, so it needs none.
 */
public class V20__PrefixIndexesOnPostgresql extends BaseJavaMigration {

  static final String[] INDEXES = {
    "CREATE INDEX region_code_prefix_ix ON region (code varchar_pattern_ops)",
    "CREATE INDEX kampung_kb_village_prefix_ix ON kampung_kb (village_code varchar_pattern_ops)",
    "CREATE INDEX person_village_prefix_ix ON person (village_code varchar_pattern_ops)",
    "CREATE INDEX coaching_event_village_prefix_ix"
        + " ON coaching_event (venue_village varchar_pattern_ops)",
    "CREATE INDEX issued_document_region_prefix_ix"
        + " ON issued_document (region_code varchar_pattern_ops)"
  };

  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
      return;
    }
    try (Statement statement = context.getConnection().createStatement()) {
      for (String index : INDEXES) {
        statement.execute(index);
      }
    }
  }
}
