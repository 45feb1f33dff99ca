package id.go.lampungprov.kkb.portal.rest;

import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.portal.application.PublicPortalService;
import id.go.lampungprov.kkb.portal.application.PublicViews;
import id.go.lampungprov.kkb.portal.facade.PublicTables;
import id.go.lampungprov.kkb.portal.facade.PublicTags;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public portal's data for anyone, without an account: what the province publishes about its
 * Kampung KB, never a person. Every answer carries an {@code ETag} (send it back as {@code
 * If-None-Match} for 304 while nothing changed) and {@code Access-Control-Allow-Origin: *} (GET
 * only, {@code portal.web.PublicRequestFilter}), within the public request budget (429 past it).
 */
@Path("public")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Public",
    description =
        "The public portal's data without an account: aggregate statistics, the directory, public"
            + " profiles and map points; no personal data. GET only, CORS open, ETag, rate-limited")
public class PublicResource {

  @EJB private PublicPortalService portal;
  @Inject private PublicTags tags;
  @Context private UriInfo uriInfo;
  @Context private Request request;

  @GET
  @Path("home")
  @Operation(
      summary =
          "Active Kampung KB per class, Kampung KB registered per year (and existing at its end),"
              + " the latest coaching events held")
  public Response home() {
    return answer(portal::home);
  }

  @GET
  @Path("kampung-kb")
  @Operation(
      summary =
          "The directory of active Kampung KB: region (a regency, district or village code), name"
              + " (contains), class (DASAR, BERKEMBANG, MANDIRI, BERKELANJUTAN, NOT_CLASSIFIED),"
              + " model (NONE, REGENCY_MODEL, PROVINCE_MODEL); paged as the staff lists"
              + " (page from 0, size up to 200, totalElements)")
  public Response directory(
      @QueryParam("region") String region,
      @QueryParam("name") String name,
      @QueryParam("class") String kampungKbClass,
      @QueryParam("model") String model,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest paging = PageRequest.of(Params.integer("page", page), Params.integer("size", size));
    return answer(() -> portal.directory(region, name, kampungKbClass, model, paging));
  }

  @GET
  @Path("kampung-kb/{id}")
  @Operation(
      summary =
          "The public profile of an active Kampung KB: registration and decrees, the Pokja"
              + " positions filled (not who fills them), the profile checklist, the classification"
              + " with each indicator, interventions with their public photos, the events held")
  @APIResponse(responseCode = "404", description = "No active Kampung KB with this id")
  public Response profile(@PathParam("id") String id) {
    long kampungKbId = Params.id("KampungKb", id);
    return answer(() -> portal.profile(kampungKbId));
  }

  @GET
  @Path("statistics")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", PublicTables.XLSX})
  @Operation(
      summary =
          "Statistics of a province (default: Lampung, 18), regency or district"
              + " (region), a line per region below with the Rekapitulasi's figures for the year"
              + " (default: this year); format=json (default), csv or xlsx: the lines, then the"
              + " total")
  public Response statistics(
      @QueryParam("region") String region,
      @QueryParam("year") String year,
      @QueryParam("format") String format) {
    String f = PublicTables.format(format);
    Integer y = Params.integer("year", year);
    EntityTag tag = tag();
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return cached(unchanged, tag);
    }
    PublicViews.Statistics s = portal.statistics(region, y);
    Response.ResponseBuilder answer =
        switch (f) {
          case "csv" ->
              Answers.attachment(
                  PublicTables.csv(s), PublicTables.CSV, PublicTables.fileName(s, f));
          case "xlsx" ->
              Answers.attachment(
                  PublicTables.xlsx(s), PublicTables.XLSX, PublicTables.fileName(s, f));
          default -> Response.ok(s, MediaType.APPLICATION_JSON);
        };
    return cached(answer, tag);
  }

  @GET
  @Path("map")
  @Operation(summary = "Active Kampung KB with coordinates: id, name, class, lat, lon")
  public Response map() {
    return answer(portal::mapPoints);
  }

  @GET
  @Path("photos/{id}")
  @Produces({"image/jpeg", "image/png"})
  @Operation(summary = "A photo of an intervention that staff marked public")
  @APIResponse(responseCode = "404", description = "No public photo with this id")
  public Response photo(@PathParam("id") String id) {
    long photoId = Params.id("Photo", id);
    EntityTag tag = tag();
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return cached(unchanged, tag);
    }
    PublicPortalService.PhotoFile file = portal.publicPhoto(photoId);
    return cached(Answers.file(file.data(), file.mediaType()), tag);
  }

  /** 304 when the client's copy is current, else the JSON of the body, tagged. */
  private Response answer(Supplier<Object> body) {
    EntityTag tag = tag();
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return cached(unchanged, tag);
    }
    return cached(Response.ok(body.get(), MediaType.APPLICATION_JSON), tag);
  }

  private EntityTag tag() {
    return tags.tag(
        uriInfo.getPath()
            + "?"
            + String.join(
                "&",
                uriInfo.getQueryParameters().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
  }

  private static Response cached(Response.ResponseBuilder answer, EntityTag tag) {
    return answer.tag(tag).header("Cache-Control", PublicTags.CACHE_CONTROL).build();
  }
}
