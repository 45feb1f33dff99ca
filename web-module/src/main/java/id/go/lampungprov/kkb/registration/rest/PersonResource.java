package id.go.lampungprov.kkb.registration.rest;

import id.go.lampungprov.kkb.platform.export.Exports;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.registration.facade.PersonDto;
import id.go.lampungprov.kkb.registration.facade.PersonExport;
import id.go.lampungprov.kkb.registration.facade.PersonFacade;
import id.go.lampungprov.kkb.registration.facade.PersonRequest;
import id.go.lampungprov.kkb.security.domain.Role;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People in the registry, with their personal data protected (UU PDP). */
@Path("persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Persons", description = "Pokja members, cadres and participants; NIK masked")
public class PersonResource {

  private static final String ENTITY = "Person";

  @Inject private PersonFacade people;
  @Inject private PersonExport export;
  @Context private UriInfo uriInfo;

  @POST
  @Operation(summary = "Register a person")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = PersonDto.class)))
  public Response register(@Valid @NotNull PersonRequest request) {
    PersonDto created = people.register(request);
    return Answers.created(uriInfo, created);
  }

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Produces({MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX})
  @Operation(
      summary =
          "People living in the caller's scope, by name, NIK masked; with format=xlsx or csv every"
              + " matching person as a file")
  public Response search(
      @QueryParam("region") String region,
      @QueryParam("q") String q,
      @QueryParam("pokjaRole") String pokjaRole,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("format") String format) {
    return Exports.pageOrFile(
        format,
        export,
        uriInfo.getQueryParameters(),
        () ->
            people.search(
                new PersonFacade.Filter(region, q, pokjaRole),
                Params.integer("page", page),
                Params.integer("size", size)));
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "One person, NIK masked")
  public PersonDto get(@PathParam("id") String id) {
    return people.get(Params.id(ENTITY, id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Correct a person's data (the village stays)")
  public PersonDto correct(@PathParam("id") String id, @Valid @NotNull PersonRequest request) {
    return people.correct(Params.id(ENTITY, id), request);
  }

  @GET
  @Path("{id}/nik")
  @Operation(summary = "The full NIK (audited as a read of personal data)")
  public Map<String, String> nik(@PathParam("id") String id) {
    return people.revealNik(Params.id(ENTITY, id));
  }

  @GET
  @Path("{id}/export")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Everything held about the person, for a right-of-access request (audited)")
  public Response export(@PathParam("id") String id) {
    return Answers.attachment(
            people.export(Params.id(ENTITY, id)),
            MediaType.APPLICATION_JSON,
            "person-" + id.replaceAll("\\D", "") + ".json")
        .build();
  }

  @POST
  @Path("{id}/erasure")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Erase the person's data, keeping a tombstone so counts stay right")
  public PersonDto erase(@PathParam("id") String id) {
    return people.erase(Params.id(ENTITY, id));
  }
}
