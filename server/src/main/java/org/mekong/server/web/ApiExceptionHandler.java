package org.mekong.server.web;

import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;
import org.mekong.server.agency.AgencyAlreadyExistsException;
import org.mekong.server.agency.AgencyNotFoundException;
import org.mekong.server.agency.ApiKeyNotFoundException;
import org.mekong.server.federation.PartnerNotFoundException;
import org.mekong.server.indicator.IndicatorNotFoundException;
import org.mekong.server.indicator.IndicatorRevokedException;
import org.mekong.server.indicator.NotOriginatorException;
import org.mekong.server.indicator.WarningListException;
import org.mekong.server.screening.AlertDecidedException;
import org.mekong.server.screening.AlertNotFoundException;
import org.mekong.server.screening.RateLimitedException;
import org.mekong.server.screening.ScreeningKeyException;
import org.mekong.server.screening.ScreeningNotReadyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions become HTTP statuses: a table from exception type to status,
 * rendered as RFC 9457 problem details that say whether a retry can help.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** Exception type → status; the exception's message is the problem's detail. */
  private static final Map<Class<? extends Exception>, HttpStatus> STATUS_BY_EXCEPTION =
      Map.ofEntries(
          Map.entry(BadRequestException.class, HttpStatus.BAD_REQUEST),
          Map.entry(InvalidInputException.class, HttpStatus.BAD_REQUEST),
          Map.entry(MissingServletRequestParameterException.class, HttpStatus.BAD_REQUEST),
          Map.entry(PayloadTooLargeException.class, HttpStatus.CONTENT_TOO_LARGE),
          Map.entry(AgencyNotFoundException.class, HttpStatus.NOT_FOUND),
          Map.entry(ApiKeyNotFoundException.class, HttpStatus.NOT_FOUND),
          Map.entry(AgencyAlreadyExistsException.class, HttpStatus.CONFLICT),
          Map.entry(IndicatorNotFoundException.class, HttpStatus.NOT_FOUND),
          Map.entry(IndicatorRevokedException.class, HttpStatus.CONFLICT),
          Map.entry(NotOriginatorException.class, HttpStatus.FORBIDDEN),
          Map.entry(WarningListException.class, HttpStatus.UNPROCESSABLE_CONTENT),
          Map.entry(AccessDeniedException.class, HttpStatus.FORBIDDEN),
          Map.entry(HttpRequestMethodNotSupportedException.class, HttpStatus.METHOD_NOT_ALLOWED),
          Map.entry(HttpMediaTypeNotSupportedException.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE),
          Map.entry(HttpMediaTypeNotAcceptableException.class, HttpStatus.NOT_ACCEPTABLE),
          Map.entry(NoResourceFoundException.class, HttpStatus.NOT_FOUND),
          Map.entry(AlertNotFoundException.class, HttpStatus.NOT_FOUND),
          Map.entry(AlertDecidedException.class, HttpStatus.CONFLICT),
          Map.entry(ScreeningKeyException.class, HttpStatus.CONFLICT),
          Map.entry(PartnerNotFoundException.class, HttpStatus.NOT_FOUND));

  @ExceptionHandler(RateLimitedException.class)
  org.springframework.http.ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
    return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
        .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, String.valueOf(e.getMessage()), true));
  }

  @ExceptionHandler(ScreeningNotReadyException.class)
  org.springframework.http.ResponseEntity<ProblemDetail> notReady(ScreeningNotReadyException e) {
    return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "5")
        .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, String.valueOf(e.getMessage()), true));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    PayloadTooLargeException tooLarge = causeOfType(e, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return Problems.of(
          HttpStatus.CONTENT_TOO_LARGE, String.valueOf(tooLarge.getMessage()), false);
    }
    return Problems.of(HttpStatus.BAD_REQUEST, JsonProblems.detail(e), false);
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
    for (var entry : STATUS_BY_EXCEPTION.entrySet()) {
      if (entry.getKey().isInstance(e)) {
        return Problems.of(entry.getValue(), String.valueOf(e.getMessage()), false);
      }
    }
    PayloadTooLargeException tooLarge = causeOfType(e, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return Problems.of(
          HttpStatus.CONTENT_TOO_LARGE, String.valueOf(tooLarge.getMessage()), false);
    }
    LOG.error("unexpected failure", e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "the node failed unexpectedly; the failure is logged on the node",
        true);
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
