package org.mekong.server.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Keeps a login's authorization request (its state and nonce) between the redirect to the provider
 * and the provider's redirect back, under a random key in a cookie of its own: {@code
 * SameSite=Lax}, so that the browser sends it on the provider's cross-site redirect, which the
 * console's {@code SameSite=Strict} session cookie is not. The answer must come back to the browser
 * that asked, with the same state, within ten minutes.
 */
final class OidcRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

  static final String COOKIE = "MEKONG_OIDC";
  static final String PATH = "/login/oauth2/code";
  static final Duration KEPT = Duration.ofMinutes(10);

  /** Logins under way at once; beyond, the oldest are forgotten. */
  static final int MAX_PENDING = 10_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private record Pending(OAuth2AuthorizationRequest request, Instant until) {}

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  @Override
  public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
    String key = key(request);
    Pending found = key == null ? null : pending.get(key);
    if (found == null || found.until().isBefore(clock.instant())) {
      return null;
    }
    String state = request.getParameter(OAuth2ParameterNames.STATE);
    return state != null && state.equals(found.request().getState()) ? found.request() : null;
  }

  @Override
  public void saveAuthorizationRequest(
      @Nullable OAuth2AuthorizationRequest authorizationRequest,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (authorizationRequest == null) {
      removeAuthorizationRequest(request, response);
      return;
    }
    forgetOld();
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    pending.put(key, new Pending(authorizationRequest, clock.instant().plus(KEPT)));
    cookie(request, response, key, KEPT);
  }

  @Override
  public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(
      HttpServletRequest request, HttpServletResponse response) {
    OAuth2AuthorizationRequest found = loadAuthorizationRequest(request);
    String key = key(request);
    if (key != null) {
      pending.remove(key);
      cookie(request, response, "", Duration.ZERO);
    }
    return found;
  }

  private void forgetOld() {
    Instant now = clock.instant();
    pending.values().removeIf(entry -> entry.until().isBefore(now));
    Iterator<String> keys = pending.keySet().iterator();
    while (pending.size() >= MAX_PENDING && keys.hasNext()) {
      keys.next();
      keys.remove();
    }
  }

  private static @Nullable String key(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  private static void cookie(
      HttpServletRequest request, HttpServletResponse response, String value, Duration age) {
    response.addHeader(
        HttpHeaders.SET_COOKIE,
        ResponseCookie.from(COOKIE, value)
            .path(PATH)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .maxAge(age)
            .build()
            .toString());
  }
}
