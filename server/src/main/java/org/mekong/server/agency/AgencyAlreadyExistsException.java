package org.mekong.server.agency;

/** An agency with that id exists already. */
public final class AgencyAlreadyExistsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AgencyAlreadyExistsException(String id) {
    super("an agency with the id '" + id + "' exists already");
  }
}
