package org.mekong.server.web;

import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions become HTTP statuses, rendered as RFC 9457 problem details that
 * say whether a retry can help. A feature's exception says its own status by extending {@link
 * ProblemException}; the table below maps the framework's exceptions, each with a message written
 * for the caller (never the exception's own message, which may name classes or internals).
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** A framework exception's status and the detail shown for it. */
  private record Row(HttpStatus status, String detail) {}

  /** Framework exception type → status and a detail written for the caller. */
  private static final Map<Class<? extends Exception>, Row> FRAMEWORK =
      Map.of(
          HttpRequestMethodNotSupportedException.class,
          new Row(HttpStatus.METHOD_NOT_ALLOWED, "this method is not allowed on this path"),
          HttpMediaTypeNotSupportedException.class,
          new Row(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE,
              "this Content-Type is not accepted here; send application/json"),
          HttpMediaTypeNotAcceptableException.class,
          new Row(HttpStatus.NOT_ACCEPTABLE, "no representation of this resource matches 'Accept'"),
          NoResourceFoundException.class,
          new Row(HttpStatus.NOT_FOUND, "no resource answers this path"));

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<ProblemDetail> problem(ProblemException e) {
    var response = ResponseEntity.status(e.status());
    e.retryAfterSeconds().ifPresent(wait -> response.header("Retry-After", String.valueOf(wait)));
    return response.body(detailOf(e));
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return Problems.of(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()), false);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return Problems.of(HttpStatus.FORBIDDEN, String.valueOf(e.getMessage()), false);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    PayloadTooLargeException tooLarge = causeOfType(e, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return detailOf(tooLarge);
    }
    return Problems.of(HttpStatus.BAD_REQUEST, JsonProblems.detail(e), false);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    return Problems.of(HttpStatus.BAD_REQUEST, "'" + e.getParameterName() + "' is required", false);
  }

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail undecodable(InvalidParameterException e) {
    return Problems.of(
        HttpStatus.BAD_REQUEST,
        "a query parameter or form field is not valid %-encoded UTF-8",
        false);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return Problems.of(
        HttpStatus.BAD_REQUEST, "'" + e.getName() + "' has a value of the wrong form", false);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail any(Exception e) {
    if (causeOfType(e, InvalidParameterException.class) != null) {
      return Problems.of(
          HttpStatus.BAD_REQUEST,
          "the query string is not valid: a parameter is not %-encoded UTF-8",
          false);
    }
    for (var entry : FRAMEWORK.entrySet()) {
      if (entry.getKey().isInstance(e)) {
        return Problems.of(entry.getValue().status(), entry.getValue().detail(), false);
      }
    }
    PayloadTooLargeException tooLarge = causeOfType(e, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return detailOf(tooLarge);
    }
    if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
      HttpStatusCode code = framework.getStatusCode();
      HttpStatus status = HttpStatus.resolve(code.value());
      return Problems.of(
          status == null ? HttpStatus.BAD_REQUEST : status,
          "the request was refused: " + (status == null ? "bad request" : status.getReasonPhrase()),
          false);
    }
    LOG.error("unexpected failure", RedactedFailure.of(e));
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "the node failed unexpectedly; the failure is logged on the node",
        true);
  }

  private static ProblemDetail detailOf(ProblemException e) {
    return Problems.of(e.status(), e.detail(), e.retryable());
  }

  private static <T extends Throwable> @Nullable T causeOfType(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
