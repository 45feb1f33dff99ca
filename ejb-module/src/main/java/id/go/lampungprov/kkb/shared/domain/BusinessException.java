package id.go.lampungprov.kkb.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain said no. Thrown as an application exception so the container rolls back the
 * transaction but hands the exception to the caller unwrapped, where it becomes a 4xx answer.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected BusinessException(String message) {
    super(message);
  }
}
