package id.go.lampungprov.kkb.reporting.rest;

import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.reporting.application.RecapBenchmark;
import id.go.lampungprov.kkb.reporting.domain.AreaRecap;
import id.go.lampungprov.kkb.reporting.facade.ReportFacade;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The recap benchmark, in the load-test EAR only (the production EAR answers 404 here): a longer
 * path than {@link RecapResource}'s, so JAX-RS matches this class for it.
 */
@Path("reports/rekapitulasi/benchmark")
@Tag(name = "Reports")
@RequestScoped
public class RecapBenchmarkResource {

  @EJB private RecapBenchmark benchmarks;
  @Inject private ReportFacade reports;

  @GET
  @RolesAllowed(Role.Names.ADMIN)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Median time of the whole recap service next to the bare rendering of the same rows"
              + " (JasperReports fill and PDF export, or the XLSX writer with format=xlsx), and the"
              + " peak heap of the runs, in this server's JVM; region=ID measures the national"
              + " recap (a line per province loaded, perRegency=true: a page per province)")
  public Map<String, Object> benchmark(
      @QueryParam("region") String region,
      @QueryParam("year") String year,
      @QueryParam("perRegency") boolean perRegency,
      @QueryParam("format") String format,
      @QueryParam("runs") String runs) {
    RecapBenchmark.Format f = format(format);
    int n = Objects.requireNonNullElse(Params.integer("runs", runs), 5);
    if (AreaRecap.NATIONAL.equals(region)) {
      return benchmarks.national(ReportFacade.year(year), perRegency, f, n);
    }
    return benchmarks.area(reports.recapRequest(region, year, perRegency, null), f, n);
  }

  /** {@code pdf} (or absent) or {@code xlsx}, as the recap's own {@code format} parameter. */
  private static RecapBenchmark.Format format(String format) {
    return switch (format == null || format.isBlank() ? "pdf" : format) {
      case "pdf" -> RecapBenchmark.Format.PDF;
      case "xlsx" -> RecapBenchmark.Format.XLSX;
      default ->
          throw new InvalidInputException("format", "pdf-or-xlsx", "format must be pdf or xlsx");
    };
  }
}
