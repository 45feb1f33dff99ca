package id.go.lampungprov.kkb.assessment.rest;

import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos;
import id.go.lampungprov.kkb.assessment.facade.AssessmentDtos.AssessmentDto;
import id.go.lampungprov.kkb.assessment.facade.AssessmentExport;
import id.go.lampungprov.kkb.assessment.facade.AssessmentFacade;
import id.go.lampungprov.kkb.coaching.facade.EventDtos;
import id.go.lampungprov.kkb.documents.rest.Issued;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.platform.rest.Versions;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * COE assessments: set-up, independent scoring (hidden until every assessor has submitted),
 * consolidation by the chair, and submit → verify → approve (or return with a reason).
 */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Assessment", description = "COE assessment and classification")
public class AssessmentResource {

  static final String ENTITY = "Assessment";

  @Inject private AssessmentFacade facade;
  @Inject private AssessmentExport export;
  @Context private UriInfo uriInfo;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "Assessments of Kampung KB in the caller's scope, newest first, filtered as the page"
              + " Penilaian (q: part of the Kampung KB's name, period, stage, status); with"
              + " format=xlsx or csv as a file with the scores")
  public Response list(
      @QueryParam("q") String q,
      @QueryParam("period") String period,
      @QueryParam("stage") String stage,
      @QueryParam("status") String status,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        export,
        uriInfo.getQueryParameters(),
        () -> {
          Map<String, String> filters = Exports.filters(export, uriInfo.getQueryParameters());
          return filters.isEmpty() ? facade.list() : export.rows(filters);
        });
  }

  @GET
  @Path("ranking")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "Approved assessments of a period and stage, best total first")
  public List<AssessmentDto> ranking(
      @QueryParam("period") String period, @QueryParam("stage") String stage) {
    return facade.ranking(period, stage);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(
      summary = "One assessment; consolidated levels appear once every assessor has submitted")
  public Response get(@PathParam("id") String id) {
    return Answers.tagged(facade.get(id(id)));
  }

  @POST
  @Operation(
      summary =
          "Set up an assessment: Kampung KB, instrument, period, stage, team (≥ 2, one chair)")
  public Response create(@Valid @NotNull AssessmentDtos.AssessmentRequest request) {
    AssessmentDto created = facade.create(request);
    return Answers.created(uriInfo, created);
  }

  @GET
  @Path("{id}/scores")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The scores the caller may see: own only until all have submitted")
  public List<AssessmentDtos.ScoreDto> scores(@PathParam("id") String id) {
    return facade.scores(id(id));
  }

  @POST
  @Path("{id}/scores")
  @RolesAllowed(Role.Names.ASSESSOR)
  @Operation(summary = "Score one indicator (level 1–4) once, as an assessor on the team")
  public Response score(
      @PathParam("id") String id, @Valid @NotNull AssessmentDtos.ScoreRequest request) {
    return Response.status(201).entity(facade.score(id(id), request)).build();
  }

  @POST
  @Path("{id}/scores/{scoreId}/evidence")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.Names.ASSESSOR)
  @Operation(summary = "Attach evidence to one's own score: JPEG, PNG or PDF, at most 10 MiB")
  public Response addEvidence(
      @PathParam("id") String id,
      @PathParam("scoreId") String scoreId,
      @QueryParam("caption") String caption,
      @Context HttpHeaders headers,
      InputStream body) {
    long assessmentId = id(id);
    long score = Params.id("Score", scoreId);
    byte[] data = Uploads.read(body, UploadPolicy.evidence("evidence").maxBytes(), "evidence");
    return Response.status(201)
        .entity(
            facade.addEvidence(
                assessmentId, score, caption, data, headers.getHeaderString("Content-Type")))
        .build();
  }

  @GET
  @Path("{id}/evidence/{evidenceId}")
  @Produces({"image/jpeg", "image/png", "application/pdf"})
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "An evidence file, to whoever may see its score")
  public Response evidence(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
    var content = facade.evidence(id(id), Params.id("Evidence", evidenceId));
    return Answers.file(content.data(), content.evidence().file().type().mediaType()).build();
  }

  @POST
  @Path("{id}/scores/submission")
  @RolesAllowed(Role.Names.ASSESSOR)
  @Operation(
      summary = "Hand in one's scores (every indicator scored); they cannot change afterwards")
  public Response submitScores(@PathParam("id") String id) {
    return Answers.tagged(facade.submitScores(id(id)));
  }

  @PUT
  @Path("{id}/consensus/{indicator}")
  @RolesAllowed(Role.Names.ASSESSOR)
  @Operation(
      summary = "The chair agrees a level where assessors differ by 2 or more, with the reason")
  public Response agree(
      @PathParam("id") String id,
      @PathParam("indicator") String indicator,
      @Valid @NotNull AssessmentDtos.ConsensusRequest request) {
    return Answers.tagged(facade.agree(id(id), indicator, request));
  }

  @POST
  @Path("{id}/submission")
  @RolesAllowed(Role.Names.ASSESSOR)
  @Operation(summary = "The chair submits the consolidated result")
  public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return Answers.tagged(facade.submit(id(id), Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/verification")
  @Operation(
      summary = "Verify: the regency for the regency stage, the province for the province stage")
  public Response verify(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return Answers.tagged(facade.verify(id(id), Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/approval")
  @RolesAllowed(Role.Names.PROVINCE_OFFICER)
  @Operation(summary = "Approve (locks it); a COE result designates the Kampung KB for 2 years")
  public Response approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    return Answers.tagged(facade.approve(id(id), Versions.required(ifMatch)));
  }

  @POST
  @Path("{id}/return")
  @Operation(summary = "Return a submitted or verified assessment to the team, with the reason")
  public Response returnToDraft(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull EventDtos.ReasonRequest request) {
    return Answers.tagged(facade.returnToDraft(id(id), Versions.required(ifMatch), request.reason));
  }

  @GET
  @Path("{id}/documents/berita-acara")
  @Produces("application/pdf")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "Berita Acara Penilaian with the Hasil Penilaian COE, as a draft PDF")
  public Response minutesDraft(@PathParam("id") String id) {
    long assessmentId = id(id);
    return Answers.inline(
            facade.minutesDraft(assessmentId),
            "application/pdf",
            "berita-acara-" + assessmentId + ".pdf")
        .build();
  }

  @POST
  @Path("{id}/documents/berita-acara")
  @Operation(summary = "Issue the Berita Acara Penilaian: numbered, signed, registered")
  public Response issueMinutes(
      @PathParam("id") String id, @QueryParam("signature") String signature) {
    long assessmentId = id(id);
    return Issued.issue(
        uriInfo, signature, (base, signing) -> facade.issueMinutes(assessmentId, base, signing));
  }

  private static long id(String id) {
    return Params.id(ENTITY, id);
  }
}
