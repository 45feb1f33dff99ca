package id.go.lampungprov.kkb.assessment.application;

import id.go.lampungprov.kkb.assessment.domain.Assessment;
import id.go.lampungprov.kkb.audit.domain.AuditEntry;
import id.go.lampungprov.kkb.audit.domain.AuditRepository;
import id.go.lampungprov.kkb.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment's workflow as it happened: each change of status with who, when, and the reason
 * given for a return. Read from the audit trail, which records every change of the assessment
 * anyway, so the history cannot disagree with it.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class AssessmentHistoryService {

  @EJB private AssessmentService assessments;
  @Inject private AuditRepository audit;

  /** One change of status; {@code from} is null for the creation. */
  public record Step(Instant at, String actor, String from, String to, String reason) {}

  /** The steps in order, oldest first; the assessment must be within the caller's scope. */
  public List<Step> workflow(long id) {
    Assessment assessment = assessments.get(id);
    List<Step> steps = new ArrayList<>();
    for (AuditEntry e : audit.forEntity(assessment.auditType(), assessment.auditId())) {
      JsonObject now = parse(e.newValue());
      String to = text(now, "status");
      if (to != null) {
        steps.add(
            new Step(
                e.occurredAt(),
                e.actor(),
                text(parse(e.oldValue()), "status"),
                to,
                text(now, "statusReason")));
      }
    }
    return steps;
  }

  private static JsonObject parse(String json) {
    if (json == null || json.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      return value.getValueType() == JsonValue.ValueType.OBJECT
          ? value.asJsonObject()
          : JsonValue.EMPTY_JSON_OBJECT;
    } catch (JsonParsingException notJson) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static String text(JsonObject o, String field) {
    JsonValue v = o.get(field);
    return v == null || v.getValueType() != JsonValue.ValueType.STRING ? null : o.getString(field);
  }
}
