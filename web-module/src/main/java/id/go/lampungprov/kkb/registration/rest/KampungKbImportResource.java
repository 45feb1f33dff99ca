package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.rest.Problem;
import id.go.lampungprov.kkb.platform.rest.Problems;
import id.go.lampungprov.kkb.registration.application.KampungKbImportService;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk registration of Kampung KB from CSV: template, dry run, all-or-nothing run. */
@Path("kampung-kb/import")
@RequestScoped
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Kampung KB")
public class KampungKbImportResource {

  private static final int MAX_CHARS = 10 * 1024 * 1024;

  @EJB private KampungKbImportService imports;

  @GET
  @Path("template")
  @Produces("text/csv")
  @Operation(summary = "The CSV template: the header and one example row")
  public Response template() {
    String body =
        String.join(",", KampungKbImportService.COLUMNS)
            + "\r\n18.07.04.2003,Kampung KB Sidodadi,2016-06-13,RW 01-04,,-5.1234,105.6789,"
            + "POOR_FAMILIES_ABOVE_AVERAGE;KB_PARTICIPATION_BELOW_AVERAGE;RIVERBANK,NONE\r\n";
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"kampung-kb-template.csv\"")
        .build();
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Import a CSV file; dryRun=true only reports. A real run writes every row in one"
              + " transaction, or nothing if any row is wrong.")
  @APIResponse(
      responseCode = "200",
      description = "The report (rows, errors by line/column/rule, written)")
  public Response importCsv(@QueryParam("dryRun") boolean dryRun, String csv) {
    if (csv != null && csv.length() > MAX_CHARS) {
      return Problems.invalid(
          413,
          "the file is larger than 10 MB; split it",
          List.of(new Problem.FieldError("file", "max-size", "at most 10 MB")));
    }
    KampungKbImportService.Report report = imports.importCsv(csv, dryRun);
    if (!dryRun && !report.errors().isEmpty()) {
      return Problems.invalid(
          422,
          report.errors().size() + " rows are invalid; nothing was written",
          report.errors().stream()
              .map(
                  e ->
                      new Problem.FieldError(
                          e.column(), e.rule(), "line " + e.line() + ": " + e.message()))
              .toList());
    }
    return Response.ok(report).build();
  }
}
