package org.mekong.server.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mekong.server.agency.Caller;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Appends one audit entry for every authenticated API or TAXII request: who, which operation, which
 * object, and the HTTP status it ended with.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class AuditFilter extends OncePerRequestFilter {

  private final AuditLog log;

  AuditFilter(AuditLog log) {
    this.log = log;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !(path.startsWith("/api/") || path.startsWith("/taxii2/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    int status = 500;
    try {
      chain.doFilter(request, response);
      status = response.getStatus();
    } finally {
      var authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
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
    }
  }
}
