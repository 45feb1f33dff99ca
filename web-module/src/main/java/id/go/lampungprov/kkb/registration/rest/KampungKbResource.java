package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Versions;
import id.go.lampungprov.kkb.registration.facade.DeactivationRequest;
import id.go.lampungprov.kkb.registration.facade.KampungKbDto;
import id.go.lampungprov.kkb.registration.facade.KampungKbExport;
import id.go.lampungprov.kkb.registration.facade.KampungKbFacade;
import id.go.lampungprov.kkb.registration.facade.KampungKbRequest;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registry of Kampung KB, limited to the caller's regional scope. */
@Path("kampung-kb")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Kampung KB", description = "The registry of Kampung KB")
public class KampungKbResource {

  private static final String ENTITY = "KampungKb";

  @Inject private KampungKbFacade registry;
  @Inject private KampungKbExport export;
  @Context private UriInfo uriInfo;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "Kampung KB in the caller's scope, by village code; with format=xlsx or csv every"
              + " matching row as a file. A page asked for again while the data is unchanged is"
              + " answered from the server's memory; send Cache-Control: no-cache to have it read"
              + " afresh")
  public Response search(
      @QueryParam("region") String region,
      @QueryParam("q") String q,
      @QueryParam("status") String status,
      @QueryParam("model") String model,
      @QueryParam("declaredFrom") String declaredFrom,
      @QueryParam("declaredTo") String declaredTo,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
    return Exports.pageOrFile(
        format,
        export,
        uriInfo.getQueryParameters(),
        () ->
            registry.search(
                new KampungKbFacade.Filter(region, q, status, model, declaredFrom, declaredTo),
                Params.integer("page", page),
                Params.integer("size", size),
                !Params.noCache(cacheControl)));
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "One Kampung KB; the ETag is its version")
  @APIResponse(
      responseCode = "200",
      description = "The Kampung KB",
      content = @Content(schema = @Schema(implementation = KampungKbDto.class)))
  public Response get(@PathParam("id") String id) {
    KampungKbDto found = registry.get(Params.id(ENTITY, id));
    return Answers.tagged(found);
  }

  @POST
  @Operation(summary = "Register a Kampung KB")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = KampungKbDto.class)))
  public Response register(@Valid @NotNull KampungKbRequest request) {
    KampungKbDto created = registry.register(request);
    return Answers.created(uriInfo, created);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Correct a Kampung KB (send If-Match with the ETag you read)")
  @APIResponse(
      responseCode = "200",
      description = "The corrected Kampung KB",
      content = @Content(schema = @Schema(implementation = KampungKbDto.class)))
  public Response update(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull KampungKbRequest request) {
    KampungKbDto updated =
        registry.update(Params.id(ENTITY, id), Versions.required(ifMatch), request);
    return Answers.tagged(updated);
  }

  @POST
  @Path("{id}/deactivation")
  @Operation(summary = "Deactivate a Kampung KB with a reason and date (it is never deleted)")
  @APIResponse(
      responseCode = "200",
      description = "The deactivated Kampung KB",
      content = @Content(schema = @Schema(implementation = KampungKbDto.class)))
  public Response deactivate(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull DeactivationRequest request) {
    KampungKbDto updated =
        registry.deactivate(Params.id(ENTITY, id), Versions.required(ifMatch), request);
    return Answers.tagged(updated);
  }
}
