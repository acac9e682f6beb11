package org.mekong.server.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Lets a handler name the object a request read or changed, so that the request's audit entry says
 * which object it was.
 */
public final class AuditContext {

  static final String OBJECT_TYPE = AuditContext.class.getName() + ".objectType";
  static final String OBJECT_ID = AuditContext.class.getName() + ".objectId";

  private AuditContext() {}

  /** Names the object of the current request, e.g. {@code ("agency", "th-ccib")}. */
  public static void describe(HttpServletRequest request, String objectType, String objectId) {
    request.setAttribute(OBJECT_TYPE, objectType);
    request.setAttribute(OBJECT_ID, objectId);
  }
}
