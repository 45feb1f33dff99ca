package id.go.lampungprov.kkb.platform.export;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list that can be exported, described once by the context that owns it (a CDI bean) and used
 * both by its list endpoint's {@code format=} and by background export jobs. Its rows must come
 * from the same facade call as the JSON list, so scope checks and personal-data rules are the
 * list's own.
 */
public interface ExportableList {

  /** The name in file names and in {@code POST /api/exports}, e.g. {@code kampung-kb}. */
  String name();

  /** The query parameters that filter the list, in the order the file name shows them. */
  List<String> filterNames();

  /**
   * The roles that may read the list (any one of them), as its endpoint's {@code @RolesAllowed}.
   */
  Set<String> roles();

  /**
   * The export for these filters (only names from {@link #filterNames()}, blank ones left out).
   * Invalid filters fail here or at the rows' {@link RowSource#total()} with the list's own 400.
   */
  ExportTable<?> table(Map<String, String> filters);
}
