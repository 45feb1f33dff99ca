package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import id.go.lampungprov.kkb.registration.facade.RegistryStatisticsDto;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Counts of Kampung KB derived from registration dates, within the caller's scope. */
@Path("statistics/kampung-kb")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kampung KB")
public class RegistryStatisticsResource {

  @Inject private KampungKbFacade registry;

  @GET
  @Operation(
      summary = "Kampung KB per year (declared, cumulative), per regency and per model status")
  public RegistryStatisticsDto statistics(
      @Parameter(description = "region code; default the caller's scope") @QueryParam("region")
          String region,
      @Parameter(description = "count as on this day (yyyy-mm-dd); default today")
          @QueryParam("asOf")
          String asOf) {
    return registry.statistics(region, asOf);
  }
}
