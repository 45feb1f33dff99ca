package id.go.lampungprov.kkb.audit.facade;

import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The audit trail as a file: the entries of {@code GET /api/audit} for the same filters, newest
 * first, read by the last id written (entries added meanwhile neither repeat nor push rows out).
 */
@ApplicationScoped
public class AuditExport extends ListExport {

  public static final String NAME = "audit";

  private static final List<ExportColumn<AuditEntryDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", AuditEntryDto::id),
          ExportColumn.of("occurred_at", e -> Objects.toString(e.occurredAt(), null)),
          ExportColumn.of("actor", AuditEntryDto::actor),
          ExportColumn.of("action", AuditEntryDto::action),
          ExportColumn.of("entity_type", AuditEntryDto::entityType),
          ExportColumn.of("entity_id", AuditEntryDto::entityId),
          ExportColumn.of("old_value", AuditEntryDto::oldValue),
          ExportColumn.of("new_value", AuditEntryDto::newValue),
          ExportColumn.of("client_address", AuditEntryDto::clientAddress),
          ExportColumn.of("detail", AuditEntryDto::detail),
          ExportColumn.of("region", AuditEntryDto::region));

  @Inject private AuditFacade audit;

  public AuditExport() {
    super(
        NAME,
        Set.of(Role.Names.ADMIN, Role.Names.PROVINCE_OFFICER),
        List.of("actor", "action", "entityType", "entityId", "from", "to"));
  }

  @Override
  public ExportTable<AuditEntryDto> table(Map<String, String> f) {
    AuditFacade.Filter filter =
        new AuditFacade.Filter(
            f.get("actor"),
            f.get("action"),
            f.get("entityType"),
            f.get("entityId"),
            Params.instant("from", f.get("from")),
            Params.instant("to", f.get("to")));
    return new ExportTable<>(NAME, "Jejak Audit", f, COLUMNS, audit.rows(filter));
  }
}
