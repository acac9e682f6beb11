package org.mekong.server.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mekong.core.agency.AgencyId;

/**
 * An OpenID Connect provider people may log in to the console through, and how its identities map
 * to this node's agencies and roles: the provider asserts the agency id and the role code in two
 * claims, and may assert only the agencies listed here.
 *
 * @param issuer the provider's issuer URI (HTTPS, or HTTP on a loopback address)
 * @param clientId the console's client id at the provider
 * @param clientSecret its secret
 * @param displayName what the login page's button says, e.g. "Royal Thai Police sign-on"
 * @param agencies the agencies of this node whose people the provider may log in
 * @param agencyClaim the claim naming the person's agency id, e.g. {@code mekong_agency}
 * @param roleClaim the claim naming the person's role code, e.g. {@code mekong_role}
 * @param usernameClaim the claim shown and audited as the person's name ({@code sub} without it)
 * @param secondFactorAmr {@code amr} values (RFC 8176) any one of which proves a second factor
 * @param secondFactorAcr {@code acr} values any one of which proves a second factor
 */
public record OidcSettings(
    URI issuer,
    String clientId,
    String clientSecret,
    String displayName,
    Set<AgencyId> agencies,
    String agencyClaim,
    String roleClaim,
    String usernameClaim,
    Set<String> secondFactorAmr,
    Set<String> secondFactorAcr) {

  /** The {@code amr} values that prove a second factor unless configured otherwise. */
  public static final Set<String> DEFAULT_AMR = Set.of("mfa", "otp", "hwk", "swk", "sc");

  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

  public OidcSettings {
    requireNonNull(issuer, "issuer");
    String scheme = String.valueOf(issuer.getScheme()).toLowerCase(Locale.ROOT);
    String host = String.valueOf(issuer.getHost()).toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http") && LOOPBACK.contains(host))) {
      throw new InvalidConfigurationException(
          ConfigKeys.OIDC_ISSUER,
          "must be an https URI (http only on a loopback address) but was '" + issuer + "'");
    }
    requireText(ConfigKeys.OIDC_CLIENT_ID, clientId);
    requireText(ConfigKeys.OIDC_CLIENT_SECRET, clientSecret);
    requireText(ConfigKeys.OIDC_DISPLAY_NAME, displayName);
    requireText(ConfigKeys.OIDC_AGENCY_CLAIM, agencyClaim);
    requireText(ConfigKeys.OIDC_ROLE_CLAIM, roleClaim);
    requireText(ConfigKeys.OIDC_USERNAME_CLAIM, usernameClaim);
    agencies = Set.copyOf(agencies);
    if (agencies.isEmpty()) {
      throw new InvalidConfigurationException(
          ConfigKeys.OIDC_AGENCIES, "must name the agencies whose people the provider logs in");
    }
    secondFactorAmr = Set.copyOf(secondFactorAmr);
    secondFactorAcr = Set.copyOf(secondFactorAcr);
  }

  private static void requireText(String key, String value) {
    if (value.isBlank() || value.length() > 500) {
      throw new InvalidConfigurationException(key, "must be 1-500 characters, not blank");
    }
  }

  /** Hides the secret. */
  @Override
  public String toString() {
    return "OidcSettings[issuer="
        + issuer
        + ", clientId="
        + clientId
        + ", agencies="
        + agencies
        + "]";
  }
}
