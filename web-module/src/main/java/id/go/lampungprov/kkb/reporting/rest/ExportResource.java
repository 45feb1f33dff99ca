package id.go.lampungprov.kkb.reporting.rest;

import id.go.lampungprov.kkb.platform.export.ExportJob;
import id.go.lampungprov.kkb.platform.export.ExportJobs;
import id.go.lampungprov.kkb.reporting.facade.ExportJobDto;
import id.go.lampungprov.kkb.reporting.facade.ExportJobRequest;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Long exports as background jobs: start one, follow its progress, download its file. Only the user
 * who started a job sees it; the rows are read with that user's role and scope.
 */
@Path("exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Exports", description = "Long exports of a list as XLSX or CSV, in the background")
public class ExportResource {

  @Inject private ExportJobs jobs;
  @Context private SecurityContext security;
  @Context private UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Start an export of a list (its name, format xlsx or csv, the list endpoint's filters)")
  @APIResponse(
      responseCode = "202",
      description = "Started; follow the Location",
      content = @Content(schema = @Schema(implementation = ExportJobDto.class)))
  public Response start(@NotNull ExportJobRequest request) {
    Map<String, List<String>> filters =
        request.filters == null
            ? Map.of()
            : request.filters.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    ExportJob job =
        jobs.start(owner(), request.list, request.format, filters, security::isUserInRole);
    return Response.accepted(ExportJobDto.of(job))
        .location(uriInfo.getAbsolutePathBuilder().path(job.id()).build())
        .build();
  }

  @GET
  @Operation(summary = "The caller's exports of the last 24 hours, newest first")
  public List<ExportJobDto> mine() {
    return jobs.mine(owner()).stream().map(ExportJobDto::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of the caller's exports: status and rows done of rows total")
  public ExportJobDto get(@PathParam("id") String id) {
    return ExportJobDto.of(jobs.get(id, owner()));
  }

  @GET
  @Path("{id}/file")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @Operation(summary = "The file of a finished export (404 while it runs)")
  public Response file(@PathParam("id") String id) {
    return jobs.download(id, owner());
  }

  private String owner() {
    return security.getUserPrincipal().getName();
  }
}
