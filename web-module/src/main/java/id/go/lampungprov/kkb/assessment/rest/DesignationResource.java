package id.go.lampungprov.kkb.assessment.rest;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.DesignationDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Centers of Excellence designated by approved assessments. */
@Path("coe-designations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Assessment")
public class DesignationResource {

  @Inject private AssessmentFacade facade;

  @GET
  @Operation(summary = "Centers of Excellence designated in the caller's scope, newest first")
  public List<DesignationDto> designations() {
    return facade.designations();
  }
}
