package id.go.lampungprov.kkb.security.facade;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountPage")
public record AccountPageDto(List<AccountDto> content, long totalElements, int page, int size)
    implements Serializable {}
