package org.mekong.server.taxii;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.mekong.server.web.ProblemException;
import org.mekong.server.web.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Exceptions of the TAXII endpoints become TAXII error messages, not problem details. */
@RestControllerAdvice(basePackageClasses = TaxiiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaxiiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(TaxiiErrors.class);

  @ExceptionHandler(Exception.class)
  void any(Exception e, HttpServletResponse response) throws IOException {
    HttpStatus status =
        switch (e) {
          case TaxiiException taxii -> taxii.status();
          case ProblemException problem -> problem.status();
          case AccessDeniedException denied -> HttpStatus.FORBIDDEN;
          case InvalidParameterException undecodable -> HttpStatus.BAD_REQUEST;
          case ErrorResponse framework -> frameworkStatus(framework);
          default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    String description =
        e instanceof ErrorResponse || e instanceof InvalidParameterException
            ? "the request was refused: " + status.getReasonPhrase()
            : String.valueOf(e.getMessage());
    if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
      LOG.error("unexpected TAXII failure", RedactedFailure.of(e));
      description = "the node failed unexpectedly; the failure is logged on the node";
    }
    TaxiiJson.write(
        response,
        status.value(),
        TaxiiJson.error(status.value(), status.getReasonPhrase(), description));
  }

  private static HttpStatus frameworkStatus(ErrorResponse framework) {
    HttpStatus status = HttpStatus.resolve(framework.getStatusCode().value());
    return status == null ? HttpStatus.BAD_REQUEST : status;
  }
}
