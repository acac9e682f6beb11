package org.mekong.server.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.mekong.server.agency.Caller;
import org.mekong.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Appends one audit entry for every authenticated API, TAXII or console request: who, which
 * operation, which object, and the HTTP status it ended with. The entry of a write is appended
 * before any byte of its answer leaves the node, so nothing is acknowledged without its entry;
 * reads stream as they are written and are audited once they end.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class AuditFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> IDEMPOTENT_WRITES = Set.of("PUT", "DELETE");

  private final AuditLog log;

  AuditFilter(AuditLog log) {
    this.log = log;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !(path.startsWith("/api/")
        || path.startsWith("/taxii2/")
        || path.startsWith("/console/")
        || path.equals("/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!WRITES.contains(request.getMethod())) {
      int status = 500;
      try {
        chain.doFilter(request, response);
        status = response.getStatus();
      } finally {
        append(request, status);
      }
      return;
    }
    // The answer of a write is held in memory until its entry is appended: flushes by handlers and
    // message converters stay in the buffer, headers go to the response uncommitted. Write answers
    // are bounded; the largest, a screening answer of at most 10,000 items, is a few MB.
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, held);
    } catch (ServletException | IOException | RuntimeException e) {
      append(request, 500);
      throw e;
    }
    try {
      append(request, held.getStatus());
    } catch (RuntimeException e) {
      withhold(request, response, held.getStatus(), e);
      return;
    }
    held.copyBodyToResponse();
  }

  private void append(HttpServletRequest request, int status) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
      return;
    }
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String action =
        request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
    Object objectType = request.getAttribute(AuditContext.OBJECT_TYPE);
    Object objectId = request.getAttribute(AuditContext.OBJECT_ID);
    String query = request.getQueryString();
    log.append(
        caller.auditName(),
        action,
        objectType != null ? objectType.toString() : "request",
        objectId != null
            ? objectId.toString()
            : request.getRequestURI() + (query != null ? "?" + query : ""),
        String.valueOf(status));
  }

  /** Answers 503 instead of the write's own answer, which must not be sent without its entry. */
  private static void withhold(
      HttpServletRequest request, HttpServletResponse response, int status, RuntimeException cause)
      throws IOException {
    LOG.error(
        "The audit entry of {} {} (status {}) could not be written; its answer was withheld",
        request.getMethod(),
        request.getRequestURI(),
        status,
        cause);
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    boolean idempotent = IDEMPOTENT_WRITES.contains(request.getMethod());
    Problems.write(
        response,
        Problems.of(
            HttpStatus.SERVICE_UNAVAILABLE,
            "the request was handled but its audit entry could not be written, so it is not"
                + " acknowledged; it may have taken effect"
                + (idempotent ? ", and repeating it is safe" : ": check before repeating it"),
            idempotent));
  }
}
