package id.go.lampungprov.kkb.assessment.rest;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentFacade;
import id.go.lampungprov.kkb.platform.rest.Params;
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

/** A Kampung KB's assessment history. */
@Path("kampung-kb/{id}/assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Assessment")
public class KampungKbAssessmentResource {

  @Inject private AssessmentFacade facade;

  @GET
  @Operation(summary = "A Kampung KB's assessments, newest first")
  public List<AssessmentDto> history(@PathParam("id") String id) {
    return facade.history(Params.id("KampungKb", id));
  }
}
