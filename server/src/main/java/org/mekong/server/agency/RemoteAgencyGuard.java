package org.mekong.server.agency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A partner node's agency reads on this node (REST and TAXII) but does not write: every request of
 * a remote agency other than a read is refused with 403 before it reaches a controller, so that the
 * refusal holds for every endpoint, present and future. Selector parsing, which writes nothing, is
 * allowed.
 */
@Configuration(proxyBeanMethods = false)
class RemoteAgencyGuard implements WebMvcConfigurer, HandlerInterceptor {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof Caller caller
        && caller.isRemote()
        && !READS.contains(request.getMethod())
        && !request.getRequestURI().startsWith("/api/v1/selectors/")) {
      throw new AccessDeniedException(
          "a partner node's agency reads on this node but does not write here; it publishes on"
              + " its own node");
    }
    return true;
  }
}
