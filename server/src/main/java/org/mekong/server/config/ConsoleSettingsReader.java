package org.mekong.server.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;

/**
 * Reads the console's settings ({@code console.*}) from the flat settings {@link NodeConfigLoader}
 * gathered: the OpenID Connect provider, all or nothing, each bad value named.
 */
final class ConsoleSettingsReader {

  private ConsoleSettingsReader() {}

  /** The console's OpenID Connect provider when {@code console.oidc.issuer-uri} is set. */
  static @Nullable OidcSettings oidc(Map<String, String> settings) {
    String issuer = settings.get(ConfigKeys.OIDC_ISSUER);
    if (issuer == null || issuer.isBlank()) {
      for (String key : ConfigKeys.OIDC) {
        if (settings.containsKey(key) && !key.equals(ConfigKeys.OIDC_ISSUER)) {
          throw new InvalidConfigurationException(key, "needs console.oidc.issuer-uri as well");
        }
      }
      return null;
    }
    java.net.URI uri;
    try {
      uri = new java.net.URI(issuer.strip());
    } catch (java.net.URISyntaxException e) {
      throw new InvalidConfigurationException(
          ConfigKeys.OIDC_ISSUER, "must be a URI but was '" + issuer + "'");
    }
    Set<AgencyId> agencies = new LinkedHashSet<>();
    for (String id : list(settings, ConfigKeys.OIDC_AGENCIES)) {
      if (!AgencyId.isValid(id)) {
        throw new InvalidConfigurationException(
            ConfigKeys.OIDC_AGENCIES,
            "'" + id + "' is not an agency id (lower-case letters, digits, '-')");
      }
      agencies.add(new AgencyId(id));
    }
    Set<String> amr =
        settings.containsKey(ConfigKeys.OIDC_SECOND_FACTOR_AMR)
            ? new LinkedHashSet<>(list(settings, ConfigKeys.OIDC_SECOND_FACTOR_AMR))
            : OidcSettings.DEFAULT_AMR;
    return new OidcSettings(
        uri,
        settings.getOrDefault(ConfigKeys.OIDC_CLIENT_ID, ""),
        settings.getOrDefault(ConfigKeys.OIDC_CLIENT_SECRET, ""),
        settings.getOrDefault(ConfigKeys.OIDC_DISPLAY_NAME, "Single sign-on"),
        agencies,
        settings.getOrDefault(ConfigKeys.OIDC_AGENCY_CLAIM, "mekong_agency"),
        settings.getOrDefault(ConfigKeys.OIDC_ROLE_CLAIM, "mekong_role"),
        settings.getOrDefault(ConfigKeys.OIDC_USERNAME_CLAIM, "preferred_username"),
        amr,
        new LinkedHashSet<>(list(settings, ConfigKeys.OIDC_SECOND_FACTOR_ACR)));
  }

  /** The comma-separated values of a setting, blanks left out. */
  private static List<String> list(Map<String, String> settings, String key) {
    List<String> values = new ArrayList<>();
    for (String value : settings.getOrDefault(key, "").split(",")) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }
}
