package id.go.lampungprov.kkb.security.rest;

import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.facade.AccountDto;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.security.facade.PasswordRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account: allowed even while a password change is pending. */
@Path("me")
@ApplicationScoped
@RolesAllowed(Role.Names.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class MeResource {

  @Inject private AccountFacade accounts;

  @GET
  @Operation(summary = "The caller's account, role and scope")
  public AccountDto me() {
    return accounts.me();
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the caller's password")
  @APIResponse(responseCode = "204", description = "Changed")
  public Response changePassword(@Valid @NotNull PasswordRequests.Change request) {
    accounts.changeOwnPassword(request.currentPassword, request.newPassword);
    return Response.noContent().build();
  }
}
