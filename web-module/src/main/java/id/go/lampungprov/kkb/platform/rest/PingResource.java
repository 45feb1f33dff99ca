package id.go.lampungprov.kkb.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API answering without an account or the database: the same path through the server, the
 * security filters and JAX-RS as every API call, minus authentication and work. The benchmark
 * measures every API figure against it, and a load balancer may probe it.
 */
@Path("ping")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
public class PingResource {

  /** What the answer says: the API is up. */
  public record Pong(String status) {}

  private static final Pong UP = new Pong("UP");

  @GET
  @Operation(summary = "The API answers (no authentication, no database)")
  @APIResponse(responseCode = "200", description = "Always {\"status\":\"UP\"}")
  public Pong ping() {
    return UP;
  }
}
