package org.mekong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Caller;
import org.mekong.server.audit.AuditLog;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.OidcSettings;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Maps a person the node's OpenID Connect provider vouches for to an agency and role of this node:
 * the provider's agency claim must name one of the agencies it may speak for ({@code
 * console.oidc.agencies}), an own agency of this node, and its role claim a console role; a
 * supervisor or node admin must have logged in at the provider with a second factor ({@code amr} or
 * {@code acr}). Anyone else is refused, never given a default. Every attempt is audited.
 */
@Component
class OidcLogin {

  /** Why an identity was refused, as the login page and the audit log name it. */
  enum Refusal {
    UNMAPPED("oidc-unmapped"),
    NO_SECOND_FACTOR("oidc-no-second-factor");

    final String code;

    Refusal(String code) {
      this.code = code;
    }
  }

  /** An identity the provider vouched for that this node refuses. */
  static final class Refused extends OAuth2AuthenticationException {
    private static final long serialVersionUID = 1L;

    final String username;
    final Refusal refusal;

    Refused(String username, Refusal refusal, String why) {
      super(new OAuth2Error("access_denied", why, null), why);
      this.username = username;
      this.refusal = refusal;
    }
  }

  /** A person the provider vouched for, as this node maps them. */
  static final class Mapped extends DefaultOidcUser {
    private static final long serialVersionUID = 1L;

    final transient Caller caller;

    Mapped(OidcUser user, Caller caller, Role role) {
      super(authorities(role), user.getIdToken(), user.getUserInfo());
      this.caller = caller;
    }

    private static List<GrantedAuthority> authorities(Role role) {
      return List.of(
          new SimpleGrantedAuthority("ROLE_PERSON"),
          new SimpleGrantedAuthority(ConsoleLogin.ROLE_AUTHORITY_PREFIX + role.code()));
    }
  }

  /** A name the console shows and audits: at most 64 characters, none of them a control. */
  private static final int MAX_NAME = 64;

  private final @Nullable OidcSettings settings;
  private final AgencyDirectory agencies;
  private final AuditLog audit;
  private final OidcUserService provider = new OidcUserService();

  OidcLogin(NodeConfig config, AgencyDirectory agencies, AuditLog audit) {
    this.settings = config.oidc();
    this.agencies = agencies;
    this.audit = audit;
  }

  /** The provider's settings, if the node has one. */
  Optional<OidcSettings> settings() {
    return Optional.ofNullable(settings);
  }

  /** Loads the person from the provider's tokens and maps them; {@link Refused} if it cannot. */
  OAuth2UserService<OidcUserRequest, OidcUser> userService() {
    return request -> map(provider.loadUser(request));
  }

  Mapped map(OidcUser user) {
    OidcSettings oidc = settings().orElseThrow();
    String claimed = text(user.getClaims().get(oidc.usernameClaim()));
    String name = "oidc:" + (claimed == null ? user.getSubject() : claimed);
    String agencyId = text(user.getClaims().get(oidc.agencyClaim()));
    String roleCode = text(user.getClaims().get(oidc.roleClaim()));
    if (name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
      throw new Refused(
          name.substring(0, Math.min(name.length(), MAX_NAME)),
          Refusal.UNMAPPED,
          "the name is longer than " + MAX_NAME + " characters or holds control characters");
    }
    if (agencyId == null || !AgencyId.isValid(agencyId)) {
      throw new Refused(name, Refusal.UNMAPPED, "no agency in claim " + oidc.agencyClaim());
    }
    if (!oidc.agencies().contains(new AgencyId(agencyId))) {
      throw new Refused(
          name, Refusal.UNMAPPED, "the provider may not log in people of " + agencyId);
    }
    var registered = agencies.registered(agencyId).filter(found -> !found.isRemote());
    if (registered.isEmpty()) {
      throw new Refused(name, Refusal.UNMAPPED, agencyId + " is not an agency of this node");
    }
    Role role =
        Role.fromCode(roleCode == null ? "" : roleCode)
            .orElseThrow(
                () ->
                    new Refused(
                        name, Refusal.UNMAPPED, "no console role in claim " + oidc.roleClaim()));
    if (role.needsSecondFactor() && !secondFactor(oidc, user.getIdToken())) {
      throw new Refused(
          name,
          Refusal.NO_SECOND_FACTOR,
          "the role " + role.code() + " needs a second factor the provider did not report");
    }
    UUID id =
        UUID.nameUUIDFromBytes(
            (oidc.issuer() + "#" + user.getSubject()).getBytes(StandardCharsets.UTF_8));
    return new Mapped(user, Caller.person(id, registered.get().agency(), name), role);
  }

  private static boolean secondFactor(OidcSettings oidc, OidcIdToken token) {
    List<String> methods = token.getAuthenticationMethods();
    if (methods != null && methods.stream().anyMatch(oidc.secondFactorAmr()::contains)) {
      return true;
    }
    String acr = token.getAuthenticationContextClass();
    return acr != null && oidc.secondFactorAcr().contains(acr);
  }

  private static @Nullable String text(@Nullable Object claim) {
    return claim instanceof String value && !value.isBlank() ? value.strip() : null;
  }

  /**
   * After the provider's login: the session holds the person as a {@link Caller} of their agency,
   * as after a password login, the login is audited, and a page moves on to the console.
   */
  void succeeded(
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication authentication,
      SecurityContextRepository contexts)
      throws IOException {
    if (!(authentication.getPrincipal() instanceof Mapped mapped)) {
      throw new IllegalStateException("an OpenID Connect login that was not mapped");
    }
    Caller caller = mapped.caller;
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(caller, null, mapped.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    audit.append(
        caller.auditName(), "console-login", "account", String.valueOf(caller.person()), "ok");
    // The provider redirected here from another site, so the browser would not send the new
    // SameSite=Strict session cookie on a redirect onwards; a page of this site's own that moves on
    // is a same-site navigation, which does.
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="refresh" content="0; url=/"><title>Mekong</title></head>
            <body><main><p><a href="/" id="continue">Continue to the console</a></p></main></body>
            </html>
            """);
  }

  /** A refused or failed provider login: audited, then the login page says why. */
  void failed(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    String username = "oidc:unknown";
    String reason = "oidc-failed";
    if (failure instanceof Refused refused) {
      username = refused.username;
      reason = refused.refusal.code;
    }
    audit.append(
        "unauthenticated:" + request.getRemoteAddr(),
        "console-login-failed",
        "account",
        username,
        reason);
    response.sendRedirect("/login?error=" + reason);
  }
}
