package id.go.lampungprov.kkb.coaching.rest;

import id.go.lampungprov.kkb.coaching.facade.AttendanceFacade;
import id.go.lampungprov.kkb.coaching.facade.EventDtos.FollowUpDto;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow-ups across events: what is overdue in the caller's area. */
@Path("follow-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.STAFF)
@Tag(name = "Events")
public class FollowUpResource {

  @Inject private AttendanceFacade attendance;

  @GET
  @Path("overdue")
  @Operation(summary = "Open follow-ups past their due date, at events in the caller's scope")
  public List<FollowUpDto> overdue() {
    return attendance.overdue();
  }
}
