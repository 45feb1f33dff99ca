package id.go.lampungprov.kkb.platform.rest;

import id.go.lampungprov.kkb.shared.domain.AccessDeniedException;
import id.go.lampungprov.kkb.shared.domain.BusinessException;
import id.go.lampungprov.kkb.shared.domain.ConflictException;
import id.go.lampungprov.kkb.shared.domain.EntityNotFoundException;
import id.go.lampungprov.kkb.shared.domain.InvalidInputException;
import id.go.lampungprov.kkb.shared.domain.PreconditionRequiredException;
import id.go.lampungprov.kkb.shared.domain.StaleVersionException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any exception into a problem+json response. The mappers are thin doors into this one place,
 * so the same failure gets the same answer whichever layer threw it (resource, EJB, JPA commit).
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:kampung-kb:problem:";
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  private Problems() {}

  /** A plain problem for a status, e.g. from the authentication mechanism. */
  public static Response status(int status, String detail) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "Error" : type.getReasonPhrase();
    return respond(problem(status, "http-" + status, title, detail, null));
  }

  /** A problem listing several invalid fields, e.g. the rows of a refused import. */
  public static Response invalid(int status, String detail, List<Problem.FieldError> errors) {
    return respond(problem(status, "invalid-input", "Invalid input", detail, errors));
  }

  /**
   * A conflict with the data's state listing each clash, e.g. the rows of an import that fall in a
   * locked month.
   */
  public static Response conflict(String detail, List<Problem.FieldError> errors) {
    return respond(problem(Status.CONFLICT, "conflict", "Conflict", detail, errors));
  }

  /**
   * An upload too large (as sent, unpacked, or in rows) is 413, one of the wrong kind 415, one that
   * must wait for the server 429; every other input rule 400.
   */
  private static int statusOfRule(String rule) {
    return switch (rule) {
      case "max-size", "max-uncompressed-size", "compression-ratio", "max-rows", "max-entries" ->
          413;
      case "not-an-image", "file-type", "content-type-mismatch" -> 415;
      case "busy" -> 429;
      default -> 400;
    };
  }

  public static Response of(Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof EJBAccessException) {
      return respond(
          problem(
              Status.FORBIDDEN,
              "forbidden",
              "Forbidden",
              "Your role does not allow this operation.",
              null));
    }
    if (t instanceof AccessDeniedException e) {
      return respond(problem(Status.FORBIDDEN, "forbidden", "Forbidden", e.getMessage(), null));
    }
    if (t instanceof ConflictException e) {
      return respond(
          problem(
              Status.CONFLICT,
              "conflict",
              "Conflict",
              e.getMessage(),
              List.of(new Problem.FieldError(e.field(), e.rule(), e.getMessage()))));
    }
    if (t instanceof EntityNotFoundException e) {
      return respond(problem(Status.NOT_FOUND, "not-found", "Not found", e.getMessage(), null));
    }
    if (t instanceof InvalidInputException e) {
      return respond(
          problem(
              statusOfRule(e.rule()),
              "invalid-input",
              "Invalid input",
              e.getMessage(),
              List.of(new Problem.FieldError(e.field(), e.rule(), e.getMessage()))));
    }
    if (t instanceof StaleVersionException e) {
      return respond(problem(412, "stale-version", "Precondition Failed", e.getMessage(), null));
    }
    if (t instanceof PreconditionRequiredException e) {
      return respond(
          problem(
              428,
              "if-match-required",
              "Precondition Required",
              e.getMessage(),
              List.of(new Problem.FieldError("If-Match", "if-match-required", e.getMessage()))));
    }
    if (t instanceof BusinessException e) {
      return respond(problem(422, "business-rule", "Business rule violated", e.getMessage(), null));
    }
    if (t instanceof ConstraintViolationException e) {
      return respond(validation(e));
    }
    if (isConstraintViolation(t) || isConstraintViolation(thrown)) {
      // The database refused a duplicate that a concurrent request created first.
      return respond(
          problem(
              Status.CONFLICT,
              "conflict",
              "Conflict",
              "The change conflicts with data saved at the same time; reload and try again.",
              null));
    }
    if (t instanceof OptimisticLockException) {
      return respond(
          problem(
              Status.CONFLICT,
              "conflict",
              "Conflicting update",
              "The record was changed by someone else; reload it and apply your change again.",
              null));
    }
    // On the server, Jersey raises ProcessingException when it cannot read a request entity.
    if (t instanceof JsonbException || t instanceof ProcessingException) {
      return respond(
          problem(
              Status.BAD_REQUEST,
              "malformed-body",
              "Malformed request body",
              "The body is not valid JSON for this resource.",
              null));
    }
    if (t instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      return respond(
          new Problem(
              TYPE_PREFIX + "http-" + status.getStatusCode(),
              status.getReasonPhrase(),
              status.getStatusCode(),
              null,
              null,
              null,
              null),
          e.getResponse());
    }
    Optional<Response> unavailable = Unavailable.of(thrown, t);
    if (unavailable.isPresent()) {
      return unavailable.get();
    }
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + errorId, thrown);
    return respond(
        new Problem(
            TYPE_PREFIX + "internal",
            "Internal error",
            500,
            "An unexpected error occurred. Report this id to the administrator: " + errorId,
            null,
            null,
            errorId));
  }

  /** EJB system exceptions and JPA wrap the failure that matters; find it. */
  static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    for (int depth = 0; depth < 10 && t != null; depth++) {
      if (t instanceof EJBAccessException
          || !(t instanceof EJBException) && !isPersistenceWrapper(t)) {
        return t;
      }
      Throwable cause =
          t instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : t.getCause();
      if (cause == null) {
        return t instanceof OptimisticLockException ? t : thrown;
      }
      t = cause;
    }
    return thrown;
  }

  /** SQLSTATE class 23: integrity constraint violation, anywhere in the cause chain. */
  private static boolean isConstraintViolation(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPersistenceWrapper(Throwable t) {
    return t instanceof jakarta.persistence.RollbackException
        || t instanceof jakarta.transaction.RollbackException
        || t instanceof jakarta.persistence.PersistenceException
            && !(t instanceof OptimisticLockException)
            && t.getCause() != null;
  }

  private static Problem validation(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(Problems::fieldError)
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid";
    return problem(Status.BAD_REQUEST, "invalid-input", "Invalid input", detail, errors);
  }

  private static Problem.FieldError fieldError(ConstraintViolation<?> v) {
    // Method-validation paths read method.parameter.property: the caller knows the method, and
    // for a request body the parameter name ("request") is noise; the property is the field.
    List<Path.Node> nodes = new java.util.ArrayList<>();
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR) {
        nodes.add(node);
      }
    }
    if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
      nodes.remove(0);
    }
    String field = nodes.stream().map(Path.Node::getName).reduce((a, b) -> a + "." + b).orElse("");
    String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return new Problem.FieldError(field, rule, v.getMessage());
  }

  private static Problem problem(
      Status status, String type, String title, String detail, List<Problem.FieldError> errors) {
    return problem(status.getStatusCode(), type, title, detail, errors);
  }

  static Problem problem(
      int status, String type, String title, String detail, List<Problem.FieldError> errors) {
    return new Problem(TYPE_PREFIX + type, title, status, detail, null, errors, null);
  }

  static Response respond(Problem problem) {
    return Response.status(problem.status()).type(MEDIA_TYPE).entity(JSON.toJson(problem)).build();
  }

  /** Keeps headers the original answer needs, e.g. {@code Allow} on 405. */
  private static Response respond(Problem problem, Response original) {
    Response.ResponseBuilder builder =
        Response.status(problem.status()).type(MEDIA_TYPE).entity(JSON.toJson(problem));
    original
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.build();
  }
}
