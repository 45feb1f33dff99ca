package id.go.lampungprov.kkb.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.lampungprov.kkb.audit.facade.AuditEntryDto;
import id.go.lampungprov.kkb.audit.facade.AuditFacade;
import id.go.lampungprov.kkb.audit.web.AuditBacking;
import id.go.lampungprov.kkb.coaching.web.EventCalendarBacking;
import id.go.lampungprov.kkb.coaching.web.EventFormBacking;
import id.go.lampungprov.kkb.platform.facade.PageDto;
import id.go.lampungprov.kkb.region.web.RegionCascade;
import id.go.lampungprov.kkb.registration.web.KampungKbFormBacking;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.DefaultScheduleEvent;

/**
 * Filled-in staff-page beans serialized as one instance stores them in the Data Grid and read back
 * as the other instance takes the session over: what the user typed is still there, and what the
 * beans load they can still load ({@link SessionStateTest} checks every class they can reach).
 */
class SessionRoundTripTest {

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void aHalfFilledEventFormMovesToAnotherInstance() throws Exception {
    EventFormBacking form = new EventFormBacking();
    form.setTitle("Pembinaan Pokja");
    form.setDate(LocalDate.of(2026, 3, 14));
    form.setStartsAt("09.00");
    form.setQuota(40);
    form.setTargetKampungKbIds(new ArrayList<>(List.of("7", "9")));
    form.getAgenda().get(0).topic = "Pembukaan";
    form.addAgendaRow();
    form.getOfficials().get(0).fullName = "Siti Aminah";
    form.getPicker().setNewName("Budi");
    form.getPicker().setQuery("sari");

    EventFormBacking copy = roundTrip(form);

    assertEquals("Pembinaan Pokja", copy.getTitle());
    assertEquals(LocalDate.of(2026, 3, 14), copy.getDate());
    assertEquals("09.00", copy.getStartsAt());
    assertEquals(40, copy.getQuota());
    assertEquals(List.of("7", "9"), copy.getTargetKampungKbIds());
    assertEquals(
        List.of("Pembukaan", "<none>"),
        copy.getAgenda().stream().map(a -> a.topic == null ? "<none>" : a.topic).toList());
    assertEquals("Siti Aminah", copy.getOfficials().get(0).fullName);
    assertEquals("Budi", copy.getPicker().getNewName());
    assertEquals("sari", copy.getPicker().getQuery());
  }

  @Test
  void aHalfFilledKampungKbFormMovesToAnotherInstance() throws Exception {
    KampungKbFormBacking form = new KampungKbFormBacking();
    set(form, "region", new RegionCascade("18"));
    form.getRegion().setRegency("18.07");
    form.getRegion().setDistrict("18.07.04");
    form.setName("Kampung KB Sukamaju");
    form.setDeclarationDate(LocalDate.of(2019, 8, 17));
    form.setLatitude(-5.42);
    form.setCriteria(new ArrayList<>(List.of("A", "B")));

    KampungKbFormBacking copy = roundTrip(form);

    assertEquals("18.07.04", copy.getRegion().getDistrict());
    assertEquals("Kampung KB Sukamaju", copy.getName());
    assertEquals(LocalDate.of(2019, 8, 17), copy.getDeclarationDate());
    assertEquals(-5.42, copy.getLatitude());
    assertEquals(List.of("A", "B"), copy.getCriteria());
    assertEquals("NONE", copy.getModelStatus());
  }

  /** A lazy table keeps working after the move: its page query travels with it. */
  @Test
  void aLazyTableStillLoadsAfterTheMove() throws Exception {
    AuditBacking audit = new AuditBacking();
    set(audit, "audit", new ListedAudit());
    call(audit, "init");
    audit.setActor("admin");
    assertEquals(1, audit.getModel().load(0, 10, Map.of(), Map.of()).size());

    AuditBacking copy = roundTrip(audit);

    assertEquals("admin", copy.getActor());
    List<AuditEntryDto> rows = copy.getModel().load(0, 10, Map.of(), Map.of());
    assertEquals("admin", rows.get(0).actor());
    assertEquals("1", copy.getModel().getRowKey(rows.get(0)));
  }

  @Test
  void theCalendarModelMovesToo() throws Exception {
    EventCalendarBacking calendar = new EventCalendarBacking();
    call(calendar, "init");
    calendar.setMonth("2026-03");
    calendar
        .getModel()
        .addEvent(
            DefaultScheduleEvent.builder()
                .id("7")
                .title("Pembinaan Pokja")
                .startDate(LocalDateTime.of(2026, 3, 14, 9, 0))
                .endDate(LocalDateTime.of(2026, 3, 14, 12, 0))
                .build());

    EventCalendarBacking copy = roundTrip(calendar);

    assertEquals(LocalDate.of(2026, 3, 1), copy.getInitialDate());
    assertEquals("Pembinaan Pokja", copy.getModel().getEvent("7").getTitle());
  }

  @Test
  void theChosenLanguageAndTheLoggedInUserMoveToo() throws Exception {
    LocaleBacking locale = new LocaleBacking();
    set(locale, "locale", java.util.Locale.ENGLISH);
    assertEquals("en", roundTrip(locale).getLanguage());

    Class<?> sessionUser = Class.forName(SessionStateTest.SESSION_ATTRIBUTES.get(0));
    var constructor = sessionUser.getDeclaredConstructor(String.class, String.class);
    constructor.setAccessible(true);
    Object user = constructor.newInstance("operator", "v3");
    assertEquals(user, roundTrip(user));
  }

  /** Stands for the container's proxy of the facade, which is serializable too. */
  static class ListedAudit extends AuditFacade implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public PageDto<AuditEntryDto> search(Filter filter, Integer page, Integer size) {
      AuditEntryDto entry =
          new AuditEntryDto(
              1,
              Instant.EPOCH,
              filter.actor(),
              "LOGIN",
              "Account",
              "1",
              null,
              null,
              null,
              null,
              null);
      return new PageDto<>(List.of(entry), 1, page, size);
    }
  }

  private static void set(Object bean, String field, Object value)
      throws ReflectiveOperationException {
    Field f = bean.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(bean, value);
  }

  private static void call(Object bean, String method) throws ReflectiveOperationException {
    Method m = bean.getClass().getDeclaredMethod(method);
    m.setAccessible(true);
    m.invoke(bean);
  }
}
