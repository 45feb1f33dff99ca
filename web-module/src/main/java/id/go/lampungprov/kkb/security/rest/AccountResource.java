package id.go.lampungprov.kkb.security.rest;

import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.security.facade.AccountDto;
import id.go.lampungprov.kkb.security.facade.AccountFacade;
import id.go.lampungprov.kkb.security.facade.AccountRequest;
import id.go.lampungprov.kkb.security.facade.AccountUpdateRequest;
import id.go.lampungprov.kkb.security.facade.PasswordRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Account administration, limited to accounts within the administrator's scope. */
@Path("accounts")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Staff accounts, roles and regional scope (administrators)")
public class AccountResource {

  private static final String ENTITY = "Account";

  @Inject private AccountFacade accounts;
  @Context private UriInfo uriInfo;

  @GET
  @Operation(
      summary = "Accounts within the caller's scope, by user name",
      description = "q narrows to user names or full names containing it, ignoring case")
  public PageDto<AccountDto> list(
      @QueryParam("q") String text,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return accounts.list(text, Params.integer("page", page), Params.integer("size", size));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One account")
  @APIResponse(responseCode = "200", description = "The account")
  public AccountDto get(@PathParam("id") String id) {
    return accounts.get(Params.id(ENTITY, id));
  }

  @POST
  @Operation(summary = "Create an account with a temporary password")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = AccountDto.class)))
  public Response create(@Valid @NotNull AccountRequest request) {
    AccountDto created = accounts.create(request);
    return Answers.created(uriInfo, created.id(), created);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replace the editable state of an account")
  @APIResponse(responseCode = "200", description = "The updated account")
  public AccountDto update(
      @PathParam("id") String id, @Valid @NotNull AccountUpdateRequest request) {
    return accounts.update(Params.id(ENTITY, id), request);
  }

  @POST
  @Path("{id}/password-reset")
  @Operation(summary = "Set a temporary password, to be changed at next login; also unlocks")
  public AccountDto resetPassword(
      @PathParam("id") String id, @Valid @NotNull PasswordRequests.Reset request) {
    return accounts.resetPassword(Params.id(ENTITY, id), request.temporaryPassword);
  }

  @POST
  @Path("{id}/unlock")
  @Operation(summary = "Lift a lock from failed logins")
  public AccountDto unlock(@PathParam("id") String id) {
    return accounts.unlock(Params.id(ENTITY, id));
  }
}
