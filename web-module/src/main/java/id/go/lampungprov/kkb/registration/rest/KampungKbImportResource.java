package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
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
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk registration of Kampung KB from CSV or XLSX: template, dry run, all-or-nothing run. */
@Path("kampung-kb/import")
@RequestScoped
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Kampung KB")
public class KampungKbImportResource {

  @EJB private KampungKbImportService imports;

  @GET
  @Path("template")
  @Produces({"text/csv", ImportResponses.XLSX})
  @Operation(summary = "The template (format=csv or xlsx): the header and one example row")
  public Response template(@QueryParam("format") String format) {
    return ImportResponses.template(
        format,
        "kampung-kb-template",
        KampungKbImportService.COLUMNS,
        KampungKbImportService.EXAMPLE);
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
  public Response importCsv(@QueryParam("dryRun") boolean dryRun, InputStream body) {
    return ImportResponses.of(imports.importFile(body, TableFormat.CSV, dryRun));
  }

  @POST
  @Consumes(ImportResponses.XLSX)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import the first sheet of an XLSX workbook; the same rules as CSV")
  public Response importXlsx(@QueryParam("dryRun") boolean dryRun, InputStream body) {
    return ImportResponses.of(imports.importFile(body, TableFormat.XLSX, dryRun));
  }
}
