package id.go.lampungprov.kkb.monitoring.rest;

import id.go.lampungprov.kkb.monitoring.facade.ReminderFacade;
import id.go.lampungprov.kkb.monitoring.facade.ReminderFacade.RemindersDto;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's reminders of what is due or late. */
@Path("me/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Reporting cycle")
public class ReminderResource {

  @Inject private ReminderFacade reminders;

  @GET
  @RolesAllowed(Role.Names.STAFF)
  @Operation(
      summary =
          "Your reminders: the Kampung KB of your area that have not reported the last two"
              + " months (regency operators) and the submitted months awaiting your approval")
  public RemindersDto mine() {
    return reminders.mine();
  }
}
