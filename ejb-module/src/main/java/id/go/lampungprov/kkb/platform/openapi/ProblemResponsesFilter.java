package id.go.lampungprov.kkb.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error contract once for every API operation instead of on each resource: the
 * problem+json schema and the answers every endpoint can give (400, 401, 403; 404 where the path
 * names a record; 409 on writes; 412 on replacements; 428 where If-Match is required). Likewise the
 * list exports: a GET taking {@code format} answers its JSON, or every matching row as CSV or XLSX.
 */
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    components.addSchema("FieldError", fieldError());
    components.addSchema("Problem", problem());
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/api/")) {
                item.getOperations()
                    .forEach((method, operation) -> document(path, method, operation));
              }
            });
  }

  private static void document(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    if (method == PathItem.HttpMethod.GET && takesQuery(operation, "format")) {
      exports(responses);
    }
    add(responses, "400", "Invalid input; the problem names the field and the rule");
    add(responses, "401", "Not authenticated (HTTP Basic)");
    add(
        responses,
        "403",
        "The role may not do this, or the region lies outside the caller's scope");
    if (path.contains("{")) {
      add(responses, "404", "Nothing with this key in the caller's scope");
    }
    if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
      add(responses, "409", "Conflicts with existing data or a concurrent change");
    }
    if (method == PathItem.HttpMethod.PUT || takesIfMatch(operation)) {
      add(responses, "412", "Changed since it was read (If-Match / version)");
    }
    if (takesIfMatch(operation)) {
      add(responses, "428", "No If-Match: send the ETag of the record you read");
    }
  }

  private static boolean takesQuery(Operation operation, String name) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName()));
  }

  /** The 200 of a list that exports: its JSON as documented, or the rows as a file. */
  private static void exports(APIResponses responses) {
    APIResponse ok = responses.getAPIResponse("200");
    if (ok == null) {
      ok = OASFactory.createAPIResponse();
      responses.addAPIResponse("200", ok);
    }
    if (ok.getDescription() == null
        || ok.getDescription().isBlank()
        || ok.getDescription().startsWith("Default")) {
      ok.setDescription(
          "The list (a page: content, totalElements, page, size) as JSON, or with format=xlsx or"
              + " csv every row matching the same filters as a file");
    }
    if (ok.getContent() == null) {
      ok.setContent(OASFactory.createContent());
    }
    Schema file = OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary");
    ok.getContent().addMediaType("text/csv", OASFactory.createMediaType().schema(file));
    ok.getContent()
        .addMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            OASFactory.createMediaType().schema(file));
  }

  private static boolean takesIfMatch(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
  }

  private static void add(APIResponses responses, String code, String description) {
    if (responses.hasAPIResponse(code)) {
      return;
    }
    responses.addAPIResponse(
        code,
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
  }

  private static Schema problem() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .properties(
            Map.of(
                "type", string(),
                "title", string(),
                "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER),
                "detail", string(),
                "instance", string(),
                "errors",
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")),
                "errorId",
                    string().description("for unexpected errors: the id in the server log")));
  }

  private static Schema fieldError() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .properties(Map.of("field", string(), "rule", string(), "message", string()));
  }

  private static Schema string() {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING);
  }
}
