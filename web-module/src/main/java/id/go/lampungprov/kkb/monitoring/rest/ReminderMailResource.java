package id.go.lampungprov.kkb.monitoring.rest;

import id.go.lampungprov.kkb.monitoring.facade.ReminderFacade;
import id.go.lampungprov.kkb.monitoring.facade.ReminderFacade.RunDto;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The daily reminder mails, sent now by an administrator (operations, tests). */
@Path("reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Reporting cycle")
public class ReminderMailResource {

  @Inject private ReminderFacade reminders;

  @POST
  @Path("send")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      summary =
          "Sends today's reminder mails now, as the daily 07:00 WIB run does; accounts mailed"
              + " today already are skipped; nothing is sent without KKB_SMTP_HOST")
  public RunDto send() {
    return reminders.sendNow();
  }
}
