package id.go.lampungprov.kkb.region.rest;

import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.region.facade.RegionDto;
import id.go.lampungprov.kkb.region.facade.RegionFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Kemendagri hierarchy: province, regency/city, district, village (desa or kelurahan). */
@Path("regions")
@ApplicationScoped
@RolesAllowed(Role.Names.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Administrative regions (kode wilayah Kemendagri)")
public class RegionResource {

  @Inject private RegionFacade regions;

  @GET
  @Path("{code}")
  @Operation(summary = "One region with its ancestors")
  @APIResponse(responseCode = "200", description = "The region")
  public RegionDto get(
      @Parameter(description = "Region code, e.g. 18.07.04.2003") @PathParam("code") String code) {
    return regions.get(code);
  }

  @GET
  @Path("{code}/children")
  @Operation(summary = "The direct children of a region, ordered by code")
  @APIResponse(responseCode = "200", description = "The children (empty for a village)")
  public List<RegionDto> children(@PathParam("code") String code) {
    return regions.children(code);
  }

  @GET
  @Operation(summary = "Search regions by name, optionally within a region and at one level")
  @APIResponse(responseCode = "200", description = "A page of regions ordered by code")
  public PageDto<RegionDto> search(
      @Parameter(description = "Part of the name, case-insensitive, at most 100 characters")
          @QueryParam("q")
          String q,
      @Parameter(description = "Only descendants of this region code, e.g. 18.07")
          @QueryParam("within")
          String within,
      @Parameter(description = "PROVINCE, REGENCY, DISTRICT or VILLAGE") @QueryParam("level")
          String level,
      @Parameter(description = "Page number from 0") @QueryParam("page") String page,
      @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size")
          String size) {
    return regions.search(
        q, within, level, Params.integer("page", page), Params.integer("size", size));
  }
}
