package org.mekong.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For uploads whose body is a file ({@code …:import}), request parameters come from the query
 * string only: a client that sends the file as a form ({@code curl --data-binary} does by default)
 * must not have it parsed and swallowed as form fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodyAsFileFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().endsWith(":import");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new QueryParametersOnly(request), response);
  }

  /** A request whose parameters are those of its query string. */
  private static final class QueryParametersOnly extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    QueryParametersOnly(HttpServletRequest request) {
      super(request);
      this.parameters = parse(request.getQueryString());
    }

    private static Map<String, String[]> parse(@Nullable String query) {
      Map<String, List<String>> values = new LinkedHashMap<>();
      if (query != null) {
        for (String pair : query.split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int equals = pair.indexOf('=');
          String name = decode(equals < 0 ? pair : pair.substring(0, equals));
          String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
          values.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
        }
      }
      Map<String, String[]> parameters = new LinkedHashMap<>();
      values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
      return Collections.unmodifiableMap(parameters);
    }

    private static String decode(String text) {
      try {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return text;
      }
    }

    @Override
    public @Nullable String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
