package id.go.lampungprov.kkb.audit.facade;

import id.go.lampungprov.kkb.audit.application.AuditService;
import id.go.lampungprov.kkb.audit.domain.AuditAction;
import id.go.lampungprov.kkb.audit.domain.AuditEntry;
import id.go.lampungprov.kkb.audit.domain.AuditQuery;
import id.go.lampungprov.kkb.platform.csv.Csv;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class AuditFacade {

  /** An export is for an investigation or an archive, not a database dump. */
  public static final int MAX_EXPORT_ROWS = 100_000;

  private static final int EXPORT_PAGE = PageRequest.MAX_SIZE;

  @EJB private AuditService audit;

  /** The filters of a request; every one optional. */
  public record Filter(
      String actor, String action, String entityType, String entityId, Instant from, Instant to) {}

  public PageDto<AuditEntryDto> search(Filter filter, Integer page, Integer size) {
    Page<AuditEntry> result = audit.search(query(filter, PageRequest.of(page, size)));
    return PageDto.of(result, AuditFacade::dto);
  }

  /**
   * Writes matching entries as CSV (RFC 4180), newest first. Checks the filter before writing.
   * Pages by the last id written, so entries added meanwhile neither repeat nor push rows out.
   */
  public CsvExport export(Filter filter) {
    AuditQuery query = query(filter, new PageRequest(0, 1));
    audit.search(query);
    return out -> {
      out.write(
          "id,occurred_at,actor,action,entity_type,entity_id,old_value,new_value,client_address,detail,region\r\n");
      int written = 0;
      long before = Long.MAX_VALUE;
      while (written < MAX_EXPORT_ROWS) {
        List<AuditEntry> chunk =
            audit.exportChunk(query, before, Math.min(EXPORT_PAGE, MAX_EXPORT_ROWS - written));
        for (AuditEntry e : chunk) {
          out.write(csvRow(dto(e)));
          written++;
          before = e.id();
        }
        if (chunk.size() < EXPORT_PAGE) {
          break;
        }
      }
    };
  }

  /**
   * Every matching entry, newest first, chunk by chunk by the last id read: for {@link
   * AuditExport}. Unlike {@link #export} it has no row limit, as the rows are streamed.
   */
  public RowSource<AuditEntryDto> rows(Filter filter) {
    AuditQuery query = query(filter, new PageRequest(0, 1));
    return new RowSource<>() {
      private Long total;
      private long before = Long.MAX_VALUE;
      private long read;

      @Override
      public long total() {
        if (total == null) {
          total = audit.search(query).totalElements();
        }
        return total;
      }

      @Override
      public List<AuditEntryDto> next() {
        if (read >= total()) {
          return List.of();
        }
        int size = (int) Math.min(EXPORT_PAGE, total() - read);
        List<AuditEntry> chunk = audit.exportChunk(query, before, size);
        if (!chunk.isEmpty()) {
          before = chunk.get(chunk.size() - 1).id();
        }
        read += chunk.size();
        return chunk.stream().map(AuditFacade::dto).toList();
      }
    };
  }

  /** Something that writes a CSV body. */
  @FunctionalInterface
  public interface CsvExport {
    void writeTo(Writer out) throws IOException;
  }

  static String csvRow(AuditEntryDto e) {
    return String.join(
            ",",
            String.valueOf(e.id()),
            e.occurredAt().toString(),
            csv(e.actor()),
            e.action(),
            csv(e.entityType()),
            csv(e.entityId()),
            csv(e.oldValue()),
            csv(e.newValue()),
            csv(e.clientAddress()),
            csv(e.detail()),
            csv(e.region()))
        + "\r\n";
  }

  static String csv(String value) {
    return Csv.quote(value);
  }

  private static AuditQuery query(Filter f, PageRequest page) {
    return new AuditQuery(
        Filters.given(f.actor()),
        Filters.given(f.action()).map(AuditFacade::action),
        Filters.given(f.entityType()),
        Filters.given(f.entityId()),
        Optional.ofNullable(f.from()),
        Optional.ofNullable(f.to()),
        page);
  }

  private static AuditAction action(String text) {
    try {
      return AuditAction.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("action", "enum", "unknown action " + text);
    }
  }

  static AuditEntryDto dto(AuditEntry e) {
    return new AuditEntryDto(
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.action().name(),
        e.entityType(),
        e.entityId(),
        e.oldValue(),
        e.newValue(),
        e.clientAddress(),
        e.detail(),
        e.region());
  }
}
