package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.spreadsheet.TableFormat;
import id.go.lampungprov.kkb.registration.application.FiguresImportService;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk entry of monthly programme figures from CSV or XLSX. */
@Path("figures/import")
@RequestScoped
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Programme figures")
public class FiguresImportResource {

  @EJB private FiguresImportService imports;

  @GET
  @Path("template")
  @Produces({"text/csv", ImportResponses.XLSX})
  @Operation(summary = "The template (format=csv or xlsx): the header and one example row")
  public Response template(@QueryParam("format") String format) {
    List<String> example = new ArrayList<>(List.of("18.07.04.2003", "2020-06"));
    example.addAll(Collections.nCopies(FiguresImportService.COLUMNS.size() - 2, "0"));
    return ImportResponses.template(
        format, "figures-template", FiguresImportService.COLUMNS, example);
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Import monthly figures from CSV; dryRun=true only reports; a real run writes all rows"
              + " or none, replacing months already reported")
  public Response importCsv(@QueryParam("dryRun") boolean dryRun, InputStream body) {
    return ImportResponses.of(imports.importFile(body, TableFormat.CSV, dryRun));
  }

  @POST
  @Consumes(ImportResponses.XLSX)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import monthly figures from the first sheet of an XLSX workbook")
  public Response importXlsx(@QueryParam("dryRun") boolean dryRun, InputStream body) {
    return ImportResponses.of(imports.importFile(body, TableFormat.XLSX, dryRun));
  }
}
