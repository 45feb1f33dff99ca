package id.go.lampungprov.kkb.monitoring.rest;

import id.go.lampungprov.kkb.monitoring.facade.ReportingDtos;
import id.go.lampungprov.kkb.monitoring.facade.ReportingFacade;
import id.go.lampungprov.kkb.platform.rest.Answers;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A regency's month of figures: submitted by a regency operator, approved by another account of the
 * regency office or by the province (which locks the month: figures of it answer 409
 * period-locked), reopened by a province officer with a reason. Each step needs If-Match.
 */
@Path("reporting-months/{regency}/{period}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Reporting cycle")
public class ReportingMonthResource {

  @Inject private ReportingFacade reporting;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The month's status; the ETag is its version (v0 when never submitted)")
  @APIResponse(
      responseCode = "200",
      description = "The month",
      content = @Content(schema = @Schema(implementation = ReportingDtos.ReportingMonthDto.class)))
  public Response get(@PathParam("regency") String regency, @PathParam("period") String period) {
    return Answers.tagged(reporting.month(regency, period));
  }

  @POST
  @Path("submission")
  @Operation(summary = "Submit a month that is over (an open one), for approval")
  public Response submit(
      @PathParam("regency") String regency,
      @PathParam("period") String period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Answers.tagged(reporting.submit(regency, period, Versions.required(ifMatch)));
  }

  @POST
  @Path("approval")
  @Operation(
      summary =
          "Approve a submitted month, which locks its figures: a regency operator other than the"
              + " submitter, or a province officer")
  public Response approve(
      @PathParam("regency") String regency,
      @PathParam("period") String period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return Answers.tagged(reporting.approve(regency, period, Versions.required(ifMatch)));
  }

  @POST
  @Path("reopening")
  @RolesAllowed(Role.Names.PROVINCE_OFFICER)
  @Operation(summary = "Reopen a submitted or approved month, with the reason (audited)")
  public Response reopen(
      @PathParam("regency") String regency,
      @PathParam("period") String period,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ReportingDtos.ReasonRequest request) {
    return Answers.tagged(
        reporting.reopen(regency, period, Versions.required(ifMatch), request.reason));
  }
}
