package id.go.lampungprov.kkb.region.infrastructure;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Lampung is the province this system serves, so its regions are reference data from day one. */
public class V2__LoadLampungRegions extends BaseJavaMigration {

  public static final String LAMPUNG = "18";

  @Override
  public void migrate(Context context) throws Exception {
    if (!GazetteerImporter.isLoaded(context.getConnection(), LAMPUNG)) {
      GazetteerImporter.importProvince(context.getConnection(), LAMPUNG);
    }
  }
}
