package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.registration.facade.DecreeDtos;
import id.go.lampungprov.kkb.registration.facade.DecreeFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The decrees covering one Kampung KB. */
@Path("kampung-kb/{id}/decrees")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decrees")
public class KampungKbDecreeResource {

  @Inject private DecreeFacade decrees;

  @GET
  @Operation(summary = "Decrees covering the Kampung KB, oldest first")
  public List<DecreeDtos.DecreeDto> decrees(@PathParam("id") String id) {
    return decrees.covering(Params.id("KampungKb", id));
  }
}
