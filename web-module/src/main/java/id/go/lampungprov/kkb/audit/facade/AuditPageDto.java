package id.go.lampungprov.kkb.audit.facade;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditPage")
public record AuditPageDto(List<AuditEntryDto> content, long totalElements, int page, int size)
    implements Serializable {}
