package id.go.lampungprov.kkb.reporting.rest;

import id.go.lampungprov.kkb.documents.rest.Issued;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.reporting.facade.KampungKbProfileFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Documents about one Kampung KB: its Profil. */
@Path("kampung-kb/{id}/documents")
@RequestScoped
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Reports")
public class KampungKbDocumentResource {

  @Inject private KampungKbProfileFacade profiles;
  @Context private UriInfo uriInfo;

  /** The Kampung KB in the path of every request here. */
  @PathParam("id")
  private String kampungKbId;

  @GET
  @Path("profil")
  @Produces("application/pdf")
  @Operation(summary = "Profil Kampung KB as a draft PDF (not numbered, not signed)")
  public Response profile() {
    long kkb = kampungKb();
    return Answers.inline(
            profiles.profileDraft(kkb), "application/pdf", "profil-kampung-kb-" + kkb + ".pdf")
        .build();
  }

  @POST
  @Path("profil")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
  @Operation(summary = "Issue the Profil Kampung KB: numbered, signed, registered")
  public Response issueProfile(@QueryParam("signature") String signature) {
    long kkb = kampungKb();
    return Issued.issue(
        uriInfo, signature, (base, signing) -> profiles.issueProfile(kkb, base, signing));
  }

  private long kampungKb() {
    return Params.id("KampungKb", kampungKbId);
  }
}
