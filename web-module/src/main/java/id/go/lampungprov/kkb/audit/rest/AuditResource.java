package id.go.lampungprov.kkb.audit.rest;

import id.go.lampungprov.kkb.audit.facade.AuditEntryDto;
import id.go.lampungprov.kkb.audit.facade.AuditExport;
import id.go.lampungprov.kkb.audit.facade.AuditFacade;
import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, read-only: there is no write, update or delete endpoint by design. */
@Path("audit")
@RequestScoped
@RolesAllowed({Role.Names.ADMIN, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Audit", description = "Who changed what, when and from where")
public class AuditResource {

  @Inject private AuditFacade audit;
  @Inject private AuditExport export;
  @Context private UriInfo uriInfo;

  // Both the page and the export answer for the same filter, so it is read once for the resource.
  @QueryParam("actor")
  private String actor;

  @QueryParam("action")
  private String action;

  @QueryParam("entityType")
  private String entityType;

  @QueryParam("entityId")
  private String entityId;

  @QueryParam("from")
  private String from;

  @QueryParam("to")
  private String to;

  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "Audit entries, newest first, filtered; with format=xlsx or csv every matching entry as"
              + " a file")
  public Response search(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        export,
        uriInfo.getQueryParameters(),
        () -> {
          PageDto<AuditEntryDto> found =
              audit.search(filter(), Params.integer("page", page), Params.integer("size", size));
          return found;
        });
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @Operation(summary = "The same entries as CSV (at most 100,000 rows)")
  public Response export() {
    AuditFacade.CsvExport csv = audit.export(filter());
    StreamingOutput body =
        out -> {
          BufferedWriter writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          csv.writeTo(writer);
          writer.flush();
        };
    return Answers.attachment(body, "text/csv; charset=UTF-8", "audit-trail.csv").build();
  }

  private AuditFacade.Filter filter() {
    return new AuditFacade.Filter(
        actor,
        action,
        entityType,
        entityId,
        Params.instant("from", from),
        Params.instant("to", to));
  }
}
