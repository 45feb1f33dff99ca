package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.facade.AttendanceDtos.ParticipantDto;
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

/**
 * One event's invitation list with attendance as a file: the rows of {@code GET
 * /api/events/{id}/participants}, the same fields but the personal check-in code, which is a
 * credential for the day and has no place in a file that travels.
 */
@ApplicationScoped
public class EventParticipantExport extends ListExport {

  public static final String NAME = "event-participants";

  private static final List<ExportColumn<ParticipantDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", ParticipantDto::id),
          ExportColumn.of("person_id", ParticipantDto::personId),
          ExportColumn.of("nama", ParticipantDto::fullName),
          ExportColumn.of("jenis_kelamin", ParticipantDto::sex),
          ExportColumn.of("telepon", ParticipantDto::phone),
          ExportColumn.of("kategori", ParticipantDto::category),
          ExportColumn.of("asal", ParticipantDto::affiliation),
          ExportColumn.of("kehadiran", ParticipantDto::attendance),
          ExportColumn.of("hadir_pada", p -> Objects.toString(p.checkedInAt(), null)),
          ExportColumn.of("cara_hadir", ParticipantDto::checkInChannel));

  @Inject private AttendanceFacade attendance;

  public EventParticipantExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("event"));
  }

  @Override
  public ExportTable<ParticipantDto> table(Map<String, String> f) {
    long event = Params.id("CoachingEvent", f.get("event"));
    return new ExportTable<>(
        NAME,
        "Daftar Peserta Kegiatan",
        f,
        COLUMNS,
        RowSource.whole(() -> attendance.participants(event)));
  }
}
