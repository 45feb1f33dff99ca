package id.go.lampungprov.kkb.documents.facade;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos.DocumentDto;
import id.go.lampungprov.kkb.platform.export.ExportColumn;
import id.go.lampungprov.kkb.platform.export.ExportTable;
import id.go.lampungprov.kkb.platform.export.ListExport;
import id.go.lampungprov.kkb.platform.export.RowSource;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Issued documents as a file: the rows of {@code GET /api/documents} (all pages), same filter. */
@ApplicationScoped
public class DocumentExport extends ListExport {

  public static final String NAME = "documents";

  private static final List<ExportColumn<DocumentDto>> COLUMNS =
      List.of(
          ExportColumn.of("id", DocumentDto::id),
          ExportColumn.of("nomor", DocumentDto::number),
          ExportColumn.of("jenis", DocumentDto::type),
          ExportColumn.of("perihal", DocumentDto::subject),
          ExportColumn.of("penerbit", DocumentDto::issuerName),
          ExportColumn.of("penanda_tangan", DocumentDto::signatoryName),
          ExportColumn.of("jabatan", DocumentDto::signatoryPosition),
          ExportColumn.of("jenis_tanda_tangan", DocumentDto::signatureKind),
          ExportColumn.of("diterbitkan", d -> Objects.toString(d.issuedAt(), null)),
          ExportColumn.of("sha256", DocumentDto::sha256));

  @Inject private DocumentFacade documents;

  public DocumentExport() {
    super(NAME, Set.of(Role.Names.STAFF), List.of("type"));
  }

  @Override
  public ExportTable<DocumentDto> table(Map<String, String> f) {
    return new ExportTable<>(
        NAME,
        "Dokumen Terbit",
        f,
        COLUMNS,
        RowSource.paged(
            (page, size) -> {
              DocumentDtos.DocumentPageDto p = documents.list(f.get("type"), page, size);
              return new PageDto<>(p.content(), p.totalElements(), p.page(), p.size());
            }));
  }
}
