package org.mekong.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.ApiKeySecret;
import org.mekong.server.agency.Caller;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its API key, given as {@code Authorization: Bearer <key>} or as the
 * password of HTTP Basic (the user being the agency id, or {@value #ADMIN_USER} for an admin key).
 * A request with a credential that does not authenticate is refused at once with 401.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  /** The HTTP Basic user name that goes with the admin key. */
  static final String ADMIN_USER = "admin";

  private final AgencyDirectory directory;
  private final UnauthorizedEntryPoint unauthorized;

  ApiKeyAuthenticationFilter(AgencyDirectory directory, UnauthorizedEntryPoint unauthorized) {
    this.directory = directory;
    this.unauthorized = unauthorized;
  }

  /** A credential taken from the Authorization header. */
  private record Credential(String key, @Nullable String basicUser) {}

  /** The caller a credential authenticates, or why it does not. */
  private record Outcome(@Nullable Caller caller, FailedAuthentications.Reason failure) {
    static Outcome failed(FailedAuthentications.Reason reason) {
      return new Outcome(null, reason);
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    Outcome outcome =
        credential(header)
            .map(this::authenticate)
            .orElse(Outcome.failed(FailedAuthentications.Reason.MALFORMED));
    Caller authenticated = outcome.caller();
    if (authenticated == null) {
      unauthorized.reject(
          request, response, outcome.failure(), "the API key is unknown, revoked or malformed");
      return;
    }
    var authority =
        new SimpleGrantedAuthority(authenticated.isAdmin() ? "ROLE_ADMIN" : "ROLE_AGENCY");
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(authenticated, null, List.of(authority));
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }

  private Outcome authenticate(Credential credential) {
    if (!ApiKeySecret.hasKeyShape(credential.key())) {
      return Outcome.failed(FailedAuthentications.Reason.MALFORMED);
    }
    Optional<Caller> found = directory.authenticate(new ApiKeySecret(credential.key()));
    if (found.isEmpty()) {
      return Outcome.failed(FailedAuthentications.Reason.UNKNOWN_KEY);
    }
    Caller caller = found.get();
    String basicUser = credential.basicUser();
    var agency = caller.agency();
    String expectedUser = agency == null ? ADMIN_USER : agency.id().value();
    if (basicUser != null && !basicUser.equals(expectedUser)) {
      return Outcome.failed(FailedAuthentications.Reason.WRONG_USER);
    }
    return new Outcome(caller, FailedAuthentications.Reason.UNKNOWN_KEY);
  }

  private static Optional<Credential> credential(String header) {
    int space = header.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String scheme = header.substring(0, space);
    String value = header.substring(space + 1).trim();
    if (scheme.equalsIgnoreCase("Bearer")) {
      return Optional.of(new Credential(value, null));
    }
    if (scheme.equalsIgnoreCase("Basic")) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      return Optional.of(new Credential(decoded.substring(colon + 1), decoded.substring(0, colon)));
    }
    return Optional.empty();
  }
}
