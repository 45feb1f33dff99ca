package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.facade.ParticipantListFacade.ParticipantRowDto;
import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The participants of all matching events as a file: the rows of {@code GET /api/participants},
 * read by id (keyset), so a national export of a million rows reads its last chunk as fast as its
 * first.
 */
@ApplicationScoped
public class ParticipantExport extends ListExport {

  public static final String NAME = "participants";

  private static final List<ExportColumn<ParticipantRowDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", ParticipantRowDto::id),
          ExportColumn.of("kegiatan_id", ParticipantRowDto::eventId),
          ExportColumn.of("kegiatan", ParticipantRowDto::eventTitle),
          ExportColumn.of("mulai", p -> Objects.toString(p.eventStartsAt(), null)),
          ExportColumn.of("kode_desa_tempat", ParticipantRowDto::venueVillage),
          ExportColumn.of("person_id", ParticipantRowDto::personId),
          ExportColumn.of("nama", ParticipantRowDto::fullName),
          ExportColumn.of("jenis_kelamin", ParticipantRowDto::sex),
          ExportColumn.of("telepon", ParticipantRowDto::phone),
          ExportColumn.of("kategori", ParticipantRowDto::category),
          ExportColumn.of("asal", ParticipantRowDto::affiliation),
          ExportColumn.of("kehadiran", ParticipantRowDto::attendance),
          ExportColumn.of("hadir_pada", p -> Objects.toString(p.checkedInAt(), null)),
          ExportColumn.of("cara_hadir", ParticipantRowDto::checkInChannel));

  @Inject private ParticipantListFacade participants;

  public ParticipantExport() {
    super(NAME, Set.of(Role.Names.STAFF), EventFacade.Filter.NAMES);
  }

  @Override
  public ExportTable<ParticipantRowDto> table(Map<String, String> f) {
    EventFacade.Filter filter = EventFacade.Filter.of(f);
    return new ExportTable<>(
        NAME,
        "Daftar Peserta Kegiatan",
        f,
        COLUMNS,
        RowSource.keyset(
            () -> participants.search(filter, 0, 1).totalElements(),
            (after, limit) -> participants.after(filter, after, limit),
            ParticipantRowDto::id));
  }
}
