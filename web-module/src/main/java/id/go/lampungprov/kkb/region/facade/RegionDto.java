package id.go.lampungprov.kkb.region.facade;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A region with its place in the hierarchy.
 *
 * @param villageType DESA or KELURAHAN for villages, absent otherwise
 * @param ancestors from the province down to the parent
 */
@Schema(name = "Region")
public record RegionDto(
    @Schema(example = "18.07.04.2003") String code,
    @Schema(example = "Sidodadi") String name,
    @Schema(enumeration = {"PROVINCE", "REGENCY", "DISTRICT", "VILLAGE"}) String level,
    @Schema(example = "18.07.04") String parentCode,
    @Schema(enumeration = {"DESA", "KELURAHAN"}) String villageType,
    List<RegionRef> ancestors)
    implements Serializable {

  /** Another region named by code, name and level. */
  @Schema(name = "RegionRef")
  public record RegionRef(String code, String name, String level) implements Serializable {}
}
