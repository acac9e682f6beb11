package org.mekong.server.agency;

import java.util.UUID;

/** No active API key has the requested id. */
public final class ApiKeyNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ApiKeyNotFoundException(UUID id) {
    super("no active API key has the id " + id);
  }
}
