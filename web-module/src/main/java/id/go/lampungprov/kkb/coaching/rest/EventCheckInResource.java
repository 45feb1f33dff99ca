package id.go.lampungprov.kkb.coaching.rest;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.go.lampungprov.kkb.coaching.application.CheckInService;
import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.CheckInLinkDto;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The QR check-in link of an event: as JSON (to show or send) and as a PNG QR code to project or
 * print. The link opens the public page {@code /hadir.xhtml}; it expires after a few hours.
 */
@Path("events/{id}/check-in")
@RequestScoped
@RolesAllowed({Role.Names.REGENCY_OPERATOR, Role.Names.PROVINCE_OFFICER})
@Tag(name = "Events")
public class EventCheckInResource {

  private static final int QR_PIXELS = 480;

  @Inject private AttendanceFacade attendance;
  @Context private UriInfo uriInfo;

  @GET
  @Path("link")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A new signed check-in link and its expiry")
  public CheckInLinkDto link(@PathParam("id") String id) {
    CheckInService.CheckInLink link = attendance.checkInLink(Params.id(EventResource.ENTITY, id));
    return new CheckInLinkDto(url(link.token()), link.expiresAt());
  }

  @GET
  @Path("qr")
  @Produces("image/png")
  @Operation(summary = "A new signed check-in link as a QR code (PNG)")
  public Response qr(@PathParam("id") String id) {
    CheckInService.CheckInLink link = attendance.checkInLink(Params.id(EventResource.ENTITY, id));
    return Response.ok(png(url(link.token())), "image/png")
        .header("Cache-Control", "no-store")
        .build();
  }

  private String url(String token) {
    String base =
        ConfigProvider.getConfig()
            .getOptionalValue("kkb.public.url", String.class)
            .map(u -> u.endsWith("/") ? u : u + "/")
            .orElse(uriInfo.getBaseUri().resolve("../").toString());
    return base + "hadir.xhtml?t=" + URLEncoder.encode(token, StandardCharsets.US_ASCII);
  }

  static byte[] png(String text) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  QR_PIXELS,
                  QR_PIXELS,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2));
      BufferedImage image =
          new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int x = 0; x < matrix.getWidth(); x++) {
        for (int y = 0; y < matrix.getHeight(); y++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalStateException("a check-in link always fits a QR code", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
