package id.go.lampungprov.kkb.registration.facade;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KampungKbPage")
public record KampungKbPageDto(List<KampungKbDto> content, long totalElements, int page, int size)
    implements Serializable {}
