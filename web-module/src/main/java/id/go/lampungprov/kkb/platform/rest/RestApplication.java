package id.go.lampungprov.kkb.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Sistem Informasi Kampung KB — API",
            version = "0.1.0",
            description =
                "All endpoints but GET /api/ping and POST /api/documents/verify need HTTP Basic"
                    + " authentication with a staff account. Registry, coaching events, COE assessment and official reports for Kampung KB in"
                    + " Lampung. Errors are application/problem+json (RFC 9457). Region data:"
                    + " idn-area-data 4.0.1 (Kemendagri codes), Open Database License.",
            license = @License(name = "Region data: ODbL 1.0")))
public class RestApplication extends Application {

  /**
   * Enforces {@code @RolesAllowed} on resource methods (403); the web.xml constraint on {@code
   * /api/*} already guarantees an authenticated caller (401 otherwise).
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
