package org.mekong.server.agency;

import java.util.UUID;
import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No active API key has the requested id. */
final class ApiKeyNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ApiKeyNotFoundException(UUID id) {
    super(HttpStatus.NOT_FOUND, "no active API key has the id " + id);
  }
}
