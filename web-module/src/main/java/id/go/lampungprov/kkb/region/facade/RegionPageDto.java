package id.go.lampungprov.kkb.region.facade;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of regions and the size of the whole result. */
@Schema(name = "RegionPage")
public record RegionPageDto(List<RegionDto> content, long totalElements, int page, int size) {}
