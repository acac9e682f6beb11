package org.mekong.server.agency;

/** No agency has the requested id. */
public final class AgencyNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AgencyNotFoundException(String id) {
    super("no agency has the id '" + id + "'");
  }
}
