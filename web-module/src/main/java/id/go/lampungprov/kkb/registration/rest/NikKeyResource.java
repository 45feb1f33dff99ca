package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.registration.application.NikKeyRotation;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The NIK key rotation, the last step of changing KKB_NIK_KEY (docs/security.md, "Rotating the NIK
 * key").
 */
@Path("persons/nik-key/rotation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons")
public class NikKeyResource {

  @EJB private NikKeyRotation rotation;

  @POST
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary =
          "Re-encrypt every stored NIK under the current key (province administrators); answers the"
              + " key id, how many were re-encrypted and how many remain (0 when done)")
  public NikKeyRotation.Result rotate() {
    return rotation.rotate();
  }
}
