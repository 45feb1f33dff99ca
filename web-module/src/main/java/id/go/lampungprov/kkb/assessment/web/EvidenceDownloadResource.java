package id.go.lampungprov.kkb.assessment.web;

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
import jakarta.ws.rs.core.Response;

/**
 * An assessment's evidence file for the staff pages, with the page login's session and the same
 * checks as the API (only who may see the score sees its evidence). A download, never shown inline:
 * the file came from an upload.
 */
@Path("penilaian")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
public class EvidenceDownloadResource {

  @Inject private AssessmentFacade assessments;

  @GET
  @Path("{id}/bukti/{evidenceId}")
  @Produces({"image/jpeg", "image/png", "application/pdf"})
  public Response evidence(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
    long evidence = Params.id("Evidence", evidenceId);
    var content = assessments.evidence(Params.id("Assessment", id), evidence);
    String type = content.evidence().file().type().mediaType();
    String extension =
        switch (type) {
          case "application/pdf" -> ".pdf";
          case "image/png" -> ".png";
          default -> ".jpg";
        };
    return Response.ok(content.data(), type)
        .header("X-Content-Type-Options", "nosniff")
        .header(
            "Content-Disposition", "attachment; filename=\"bukti-" + evidence + extension + "\"")
        .build();
  }
}
