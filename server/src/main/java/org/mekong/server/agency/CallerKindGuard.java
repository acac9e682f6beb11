package org.mekong.server.agency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses with 403 every caller whose kind the endpoint does not declare in {@link Serves}, before
 * the handler runs; an endpoint without a declaration stops the node at start-up. Handlers that
 * cannot carry the annotation (the API description, the error page, actuator) are declared in
 * {@link #BY_PATH}; the security chain lets the public ones through without a key. A person logged
 * in to the console is a {@link Caller} of their agency and acts with its kind.
 */
@Configuration(proxyBeanMethods = false)
class CallerKindGuard implements WebMvcConfigurer, HandlerInterceptor {

  /**
   * Handlers that cannot carry {@link Serves}, by path prefix, and whom they serve: those we do not
   * write, the error page, which lives in the shared web package, and the console's static files.
   */
  static final Map<String, Set<CallerKind>> BY_PATH =
      Map.of(
          "/v3/api-docs", Set.of(CallerKind.PUBLIC),
          "/error", Set.of(CallerKind.PUBLIC),
          "/actuator/health", Set.of(CallerKind.PUBLIC),
          "/actuator/info", Set.of(CallerKind.PUBLIC),
          "/actuator", Set.of(CallerKind.ADMIN),
          "/webjars", Set.of(CallerKind.PUBLIC),
          "/css", Set.of(CallerKind.PUBLIC),
          "/js", Set.of(CallerKind.PUBLIC),
          "/vendor", Set.of(CallerKind.PUBLIC));

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    Set<CallerKind> served = served(handler, request.getRequestURI()).orElse(Set.of());
    if (served.contains(CallerKind.PUBLIC)) {
      return true;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof Caller caller
        && served.contains(caller.kind())) {
      return true;
    }
    throw new AccessDeniedException(refusal(served));
  }

  /** The kinds a handler serves: its declaration, or the table's for a handler not ours. */
  static Optional<Set<CallerKind>> served(Object handler, String path) {
    if (handler instanceof HandlerMethod method) {
      Serves serves = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Serves.class);
      if (serves == null) {
        serves = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Serves.class);
      }
      if (serves != null) {
        return Optional.of(EnumSet.copyOf(Arrays.asList(serves.value())));
      }
    }
    return byPath(path);
  }

  /** The declaration of a handler by path, by the longest matching path prefix. */
  static Optional<Set<CallerKind>> byPath(String path) {
    return BY_PATH.entrySet().stream()
        .filter(
            entry ->
                path.equals(entry.getKey())
                    || path.startsWith(entry.getKey() + "/")
                    || path.startsWith(entry.getKey() + "."))
        .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
        .map(Map.Entry::getValue);
  }

  private static String refusal(Set<CallerKind> served) {
    if (served.isEmpty()) {
      return "this endpoint declares no callers";
    }
    List<String> kinds = new ArrayList<>();
    served.forEach(
        kind -> kinds.add(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    return "this endpoint serves " + String.join(", ", kinds) + " only";
  }

  @EventListener(ApplicationStartedEvent.class)
  void everyEndpointIsDeclared(ApplicationStartedEvent started) {
    List<String> undeclared = new ArrayList<>();
    started
        .getApplicationContext()
        .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              for (String pattern : info.getPatternValues()) {
                if (served(method, pattern).isEmpty()) {
                  undeclared.add(pattern + " (" + method.getShortLogMessage() + ")");
                }
              }
            });
    if (!undeclared.isEmpty()) {
      throw new IllegalStateException(
          "endpoints without @Serves, which say whom they serve: " + undeclared);
    }
  }
}
