package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.facade.VersionedDto;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KampungKb")
public record KampungKbDto(
    long id,
    String name,
    @Schema(example = "18.07.04.2003") String villageCode,
    @Schema(description = "the village with its district, regency and province") RegionDto village,
    String rwCoverage,
    @Schema(description = "tanggal pencanangan") LocalDate declarationDate,
    String description,
    Double latitude,
    Double longitude,
    List<String> criteria,
    @Schema(description = "both main criteria and at least one area criterion")
        boolean meetsFormationCriteria,
    @Schema(enumeration = {"NONE", "REGENCY_MODEL", "PROVINCE_MODEL"}) String modelStatus,
    @Schema(enumeration = {"ACTIVE", "INACTIVE"}) String status,
    String inactiveReason,
    LocalDate inactiveSince,
    @Schema(description = "also sent as ETag; send it back in If-Match when changing") long version)
    implements Serializable, VersionedDto {}
