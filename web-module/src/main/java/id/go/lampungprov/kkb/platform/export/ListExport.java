package id.go.lampungprov.kkb.platform.export;

import java.util.List;
import java.util.Set;

/**
 * What every exportable list states the same way: its name, the roles that may read it and the
 * filters of its endpoint, given once in the subclass's constructor; where its rows come from
 * ({@link #table}) is the list's own. (Not final methods: the lists are application-scoped CDI
 * beans, which CDI must be able to proxy.)
 */
public abstract class ListExport implements ExportableList {

  private final String name;
  private final Set<String> roles;
  private final List<String> filterNames;

  /**
   * @param name as in file names and {@code POST /api/exports}
   * @param roles as the list endpoint's {@code @RolesAllowed}
   * @param filterNames the endpoint's filter parameters, in the order file names show them
   */
  protected ListExport(String name, Set<String> roles, List<String> filterNames) {
    this.name = name;
    this.roles = Set.copyOf(roles);
    this.filterNames = List.copyOf(filterNames);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> filterNames() {
    return filterNames;
  }

  @Override
  public Set<String> roles() {
    return roles;
  }
}
