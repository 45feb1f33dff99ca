package id.go.lampungprov.kkb.documents.rest;

import id.go.lampungprov.kkb.documents.facade.DocumentDtos;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.IssuerDto;
import id.go.lampungprov.kkb.documents.facade.DocumentDtos.SignatoryDto;
import id.go.lampungprov.kkb.documents.facade.DocumentFacade;
import id.go.lampungprov.kkb.files.domain.UploadPolicy;
import id.go.lampungprov.kkb.platform.rest.Answers;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.platform.rest.Uploads;
import id.go.lampungprov.kkb.platform.rest.Versions;
import id.go.lampungprov.kkb.security.domain.Role;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issuers of documents: letterhead, numbering template, signatory. */
@Path("issuers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Documents")
public class IssuerResource {

  @Inject private DocumentFacade documents;
  @Context private UriInfo uriInfo;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The configured issuers")
  public List<IssuerDto> list() {
    return documents.issuers();
  }

  @PUT
  @Path("{code}/logo")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Replace the letterhead logo: the body is a PNG or JPEG image")
  public IssuerDto changeLogo(
      @PathParam("code") String code, @Context HttpHeaders headers, InputStream body) {
    return documents.changeLogo(
        code,
        Uploads.read(body, UploadPolicy.photo("logo").maxBytes(), "logo"),
        headers.getHeaderString("Content-Type"));
  }

  @GET
  @Path("{code}/logo")
  @Produces({"image/png", "image/jpeg"})
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The letterhead logo")
  public Response logo(@PathParam("code") String code) {
    byte[] logo = documents.logo(code).orElseThrow(() -> new EntityNotFoundException("Logo", code));
    return Response.ok(logo, logo[0] == (byte) 0x89 ? "image/png" : "image/jpeg").build();
  }

  @GET
  @Path("{code}/signatories")
  @RolesAllowed(Role.Names.STAFF)
  @Operation(summary = "The officials who may sign for the issuer")
  public List<SignatoryDto> signatories(@PathParam("code") String code) {
    return documents.signatories(code);
  }

  @POST
  @Path("{code}/signatories")
  @Operation(summary = "Add an official who may sign for the issuer")
  public Response addSignatory(
      @PathParam("code") String code, @Valid @NotNull DocumentDtos.SignatoryRequest request) {
    return Answers.created(uriInfo, documents.addSignatory(code, request));
  }

  @PUT
  @Path("{code}/signatories/{signatoryId}")
  @Operation(summary = "Correct an official's name, position, rank or NIP")
  public Response changeSignatory(
      @PathParam("code") String code,
      @PathParam("signatoryId") String signatoryId,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull DocumentDtos.SignatoryRequest request) {
    return Answers.tagged(
        documents.changeSignatory(
            code, Params.id("Signatory", signatoryId), Versions.required(ifMatch), request));
  }

  @PUT
  @Path("{code}/report-signatories/{type}")
  @Operation(
      summary =
          "Name who signs a document type (DAFTAR_HADIR, LAPORAN_KEGIATAN, BERITA_ACARA_PENILAIAN,"
              + " PROFIL_KAMPUNG_KB, REKAPITULASI_PROVINSI) for the issuer")
  public IssuerDto assignSignatory(
      @PathParam("code") String code,
      @PathParam("type") String type,
      @NotNull DocumentDtos.SignatoryAssignment request) {
    return documents.assignSignatory(code, type, request.signatoryId);
  }

  @PUT
  @Path("{code}")
  @Operation(summary = "Change an issuer's letterhead, numbering or signatory (no redeployment)")
  public Response change(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull DocumentDtos.IssuerRequest request) {
    return Answers.tagged(documents.changeIssuer(code, Versions.required(ifMatch), request));
  }
}
