package org.mekong.server.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries, errors included, whoever writes them: the same as Spring
 * Security's defaults, so that answers written before or outside its filter chain (size caps, the
 * error page, Tomcat's own errors) carry them too.
 */
final class SecurityHeaders {

  /** Scripts, styles and images from this node only: no inline script or style runs. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-XSS-Protection", "0");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Expires", "0");
  }

  /** A short detail for an error status, for errors no handler of ours explained. */
  static String detail(int status) {
    return switch (status) {
      case 400 ->
          "the request is malformed: its path, query or headers are not accepted (encoded or"
              + " doubled slashes, '..', ';', bad %-encoding and oversized headers are refused)";
      case 401 -> "this endpoint needs 'Authorization: Bearer <API key>'";
      case 403 -> "this API key may not use this endpoint";
      case 404 -> "no resource answers this path";
      case 405 -> "this method is not allowed on this path";
      case 413 -> "the request body is larger than the node accepts";
      case 414 -> "the request line is longer than the node accepts";
      case 415 -> "this Content-Type is not accepted here";
      default ->
          status >= 500
              ? "the node failed unexpectedly; the failure is logged on the node"
              : "the request was refused";
    };
  }
}
