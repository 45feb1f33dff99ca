package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.facade.EventDtos.FollowUpDto;
import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One event's follow-ups as a file: the rows of {@code GET /api/events/{id}/follow-ups}. */
@ApplicationScoped
public class FollowUpExport extends ListExport {

  public static final String NAME = "follow-ups";

  private static final List<ExportColumn<FollowUpDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", FollowUpDto::id),
          ExportColumn.of("kegiatan_id", FollowUpDto::eventId),
          ExportColumn.of("kegiatan", FollowUpDto::eventTitle),
          ExportColumn.of("tindak_lanjut", FollowUpDto::action),
          ExportColumn.of("penanggung_jawab", FollowUpDto::owner),
          ExportColumn.of("tenggat", f -> Objects.toString(f.dueDate(), null)),
          ExportColumn.of("status", FollowUpDto::status),
          ExportColumn.of("selesai_pada", f -> Objects.toString(f.closedOn(), null)),
          ExportColumn.of("terlambat", f -> f.overdue() ? "ya" : "tidak"));

  @Inject private AttendanceFacade attendance;

  public FollowUpExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("event"));
  }

  @Override
  public ExportTable<FollowUpDto> table(Map<String, String> f) {
    long event = Params.id("CoachingEvent", f.get("event"));
    return new ExportTable<>(
        NAME,
        "Tindak Lanjut Kegiatan",
        f,
        COLUMNS,
        RowSource.whole(() -> attendance.followUps(event)));
  }
}
