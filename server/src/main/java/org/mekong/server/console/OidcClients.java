package org.mekong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.mekong.server.config.OidcSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The node's one OpenID Connect provider as a client registration, read from the provider's
 * discovery document on first use (so that a provider down at start-up does not stop the node) and
 * kept once read.
 */
final class OidcClients implements ClientRegistrationRepository {

  /** The registration id, as in {@code /oauth2/authorization/oidc}. */
  static final String ID = "oidc";

  private final OidcSettings settings;
  private volatile @Nullable ClientRegistration registration;

  OidcClients(OidcSettings settings) {
    this.settings = settings;
  }

  @Override
  public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
    if (!ID.equals(registrationId)) {
      return null;
    }
    ClientRegistration known = registration;
    if (known == null) {
      known =
          ClientRegistrations.fromIssuerLocation(settings.issuer().toString())
              .registrationId(ID)
              .clientId(settings.clientId())
              .clientSecret(settings.clientSecret())
              .scope("openid", "profile")
              .userNameAttributeName(IdTokenClaimNames.SUB)
              .clientName(settings.displayName())
              .build();
      registration = known;
    }
    return known;
  }

  /**
   * Keeps no tokens: the console uses the provider to log people in and never calls it on their
   * behalf afterwards.
   */
  static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

    @Override
    @SuppressWarnings("TypeParameterUnusedInFormals")
    public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
        String clientRegistrationId, Authentication principal, HttpServletRequest request) {
      return null;
    }

    @Override
    public void saveAuthorizedClient(
        OAuth2AuthorizedClient authorizedClient,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}

    @Override
    public void removeAuthorizedClient(
        String clientRegistrationId,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}
  }
}
