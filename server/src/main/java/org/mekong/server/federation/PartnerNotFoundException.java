package org.mekong.server.federation;

/** No partner of that name (404). */
public final class PartnerNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PartnerNotFoundException(String name) {
    super("no partner node named '" + name + "'");
  }
}
