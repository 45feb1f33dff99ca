package id.go.lampungprov.kkb.coaching.facade;

import id.go.lampungprov.kkb.coaching.facade.EventDtos.EventDto;
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
import java.util.stream.Collectors;

/** The coaching events list as a file: the rows of {@code GET /api/events} for the same filters. */
@ApplicationScoped
public class EventExport extends ListExport {

  public static final String NAME = "events";

  private static final List<ExportColumn<EventDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", EventDto::id),
          ExportColumn.of("jenis", EventDto::type),
          ExportColumn.of("judul", EventDto::title),
          ExportColumn.of("mulai", e -> Objects.toString(e.startsAt(), null)),
          ExportColumn.of("selesai", e -> Objects.toString(e.endsAt(), null)),
          ExportColumn.of("tempat", EventDto::venue),
          ExportColumn.of("kode_desa_tempat", EventDto::venueVillage),
          ExportColumn.of(
              "penyelenggara", e -> e.leadAgency() == null ? null : e.leadAgency().name()),
          ExportColumn.of(
              "kampung_kb_sasaran",
              e ->
                  e.targetKampungKbIds().stream()
                      .map(String::valueOf)
                      .collect(Collectors.joining(" "))),
          ExportColumn.of("sumber_dana", EventDto::budgetSource),
          ExportColumn.of("kuota", EventDto::quota),
          ExportColumn.of("peserta", EventDto::participantCount),
          ExportColumn.of("status", EventDto::status),
          ExportColumn.of("hasil", EventDto::outcome));

  @Inject private EventFacade events;

  public EventExport() {
    super(NAME, Set.of(Role.Names.STAFF), EventFacade.Filter.NAMES);
  }

  @Override
  public ExportTable<EventDto> table(Map<String, String> f) {
    EventFacade.Filter filter = EventFacade.Filter.of(f);
    return new ExportTable<>(
        NAME,
        "Daftar Kegiatan Pembinaan",
        f,
        COLUMNS,
        RowSource.paged((page, size) -> events.search(filter, page, size)));
  }
}
