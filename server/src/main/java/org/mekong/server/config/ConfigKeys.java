package org.mekong.server.config;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The settings a node understands, by their dotted YAML names. */
final class ConfigKeys {

  static final String PORT = "port";
  static final String BIND_ADDRESS = "bind-address";
  static final String DATA_DIR = "data-dir";
  static final String DATABASE_URL = "database.url";
  static final String DATABASE_USER = "database.user";
  static final String DATABASE_PASSWORD = "database.password";
  static final String NODE_NAME = "node.name";
  static final String NODE_COUNTRY = "node.country";
  static final String MAX_REQUEST_BYTES = "limits.max-request-bytes";
  static final String MAX_IMPORT_BYTES = "limits.max-import-bytes";
  static final String SCREENING_DEFAULT_WEIGHT = "screening.default-weight";
  static final String SCREENING_REVIEW = "screening.thresholds.review";
  static final String SCREENING_HOLD = "screening.thresholds.hold-and-review";
  static final String SCREENING_URGENT = "screening.thresholds.urgent-review";

  static final String REQUESTS_URGENT = "requests.deadlines.urgent";
  static final String REQUESTS_HIGH = "requests.deadlines.high";
  static final String REQUESTS_NORMAL = "requests.deadlines.normal";
  static final String REQUESTS_REMINDER_PERCENT = "requests.reminder-percent";
  static final String REQUESTS_ESCALATE_AFTER = "requests.escalate-after";
  static final String REQUESTS_CHECK_INTERVAL = "requests.check-interval";

  static final String RETENTION_PERSONS = "casework.retention.persons";
  static final String RETENTION_CASES_CLOSED = "casework.retention.cases-closed";
  static final String RETENTION_IMPORTS = "casework.retention.imports";
  static final String RETENTION_CHECK_INTERVAL = "casework.retention.check-interval";

  static final String OIDC_ISSUER = "console.oidc.issuer-uri";
  static final String OIDC_CLIENT_ID = "console.oidc.client-id";
  static final String OIDC_CLIENT_SECRET = "console.oidc.client-secret";
  static final String OIDC_DISPLAY_NAME = "console.oidc.display-name";
  static final String OIDC_AGENCIES = "console.oidc.agencies";
  static final String OIDC_AGENCY_CLAIM = "console.oidc.agency-claim";
  static final String OIDC_ROLE_CLAIM = "console.oidc.role-claim";
  static final String OIDC_USERNAME_CLAIM = "console.oidc.username-claim";
  static final String OIDC_SECOND_FACTOR_AMR = "console.oidc.second-factor-amr";
  static final String OIDC_SECOND_FACTOR_ACR = "console.oidc.second-factor-acr";

  /** The settings of the console's OpenID Connect provider. */
  static final List<String> OIDC =
      List.of(
          OIDC_ISSUER,
          OIDC_CLIENT_ID,
          OIDC_CLIENT_SECRET,
          OIDC_DISPLAY_NAME,
          OIDC_AGENCIES,
          OIDC_AGENCY_CLAIM,
          OIDC_ROLE_CLAIM,
          OIDC_USERNAME_CLAIM,
          OIDC_SECOND_FACTOR_AMR,
          OIDC_SECOND_FACTOR_ACR);

  /** Settings whose YAML value may be a list, read as a comma-separated value. */
  static final List<String> LISTS =
      List.of(OIDC_AGENCIES, OIDC_SECOND_FACTOR_AMR, OIDC_SECOND_FACTOR_ACR);

  /** A category's weight is {@code screening.weights.<category code>}, e.g. {@code gambling}. */
  static final String SCREENING_WEIGHTS = "screening.weights.";

  /**
   * A TAXII API root of a trust group is {@code taxii.roots.<name>.title} and {@code
   * taxii.roots.<name>.agencies}.
   */
  static final String TLS_KEY_STORE = "tls.key-store";

  static final String TLS_KEY_STORE_PASSWORD = "tls.key-store-password";
  static final String TLS_TRUST_STORE = "tls.trust-store";
  static final String TLS_TRUST_STORE_PASSWORD = "tls.trust-store-password";
  static final String TLS_CLIENT_AUTH = "tls.client-auth";

  static final String TAXII_ROOTS = "taxii.roots.";

  static final String TAXII_ROOT_TITLE = ".title";
  static final String TAXII_ROOT_AGENCIES = ".agencies";

  static final List<String> ALL =
      List.of(
          PORT,
          BIND_ADDRESS,
          DATA_DIR,
          DATABASE_URL,
          DATABASE_USER,
          DATABASE_PASSWORD,
          NODE_NAME,
          NODE_COUNTRY,
          MAX_REQUEST_BYTES,
          MAX_IMPORT_BYTES,
          TLS_KEY_STORE,
          TLS_KEY_STORE_PASSWORD,
          TLS_TRUST_STORE,
          TLS_TRUST_STORE_PASSWORD,
          TLS_CLIENT_AUTH,
          SCREENING_DEFAULT_WEIGHT,
          SCREENING_REVIEW,
          SCREENING_HOLD,
          SCREENING_URGENT,
          REQUESTS_URGENT,
          REQUESTS_HIGH,
          REQUESTS_NORMAL,
          REQUESTS_REMINDER_PERCENT,
          REQUESTS_ESCALATE_AFTER,
          REQUESTS_CHECK_INTERVAL,
          RETENTION_PERSONS,
          RETENTION_CASES_CLOSED,
          RETENTION_IMPORTS,
          RETENTION_CHECK_INTERVAL,
          OIDC_ISSUER,
          OIDC_CLIENT_ID,
          OIDC_CLIENT_SECRET,
          OIDC_DISPLAY_NAME,
          OIDC_AGENCIES,
          OIDC_AGENCY_CLAIM,
          OIDC_ROLE_CLAIM,
          OIDC_USERNAME_CLAIM,
          OIDC_SECOND_FACTOR_AMR,
          OIDC_SECOND_FACTOR_ACR);

  /** Whether a key is a setting: one of {@link #ALL}, a category weight or a TAXII root's. */
  static boolean isKnown(String key) {
    return ALL.contains(key)
        || (key.startsWith(SCREENING_WEIGHTS) && key.length() > SCREENING_WEIGHTS.length())
        || taxiiRootName(key) != null;
  }

  /** The root name of a {@code taxii.roots.<name>.title|agencies} key; null for other keys. */
  static @Nullable String taxiiRootName(String key) {
    if (!key.startsWith(TAXII_ROOTS)) {
      return null;
    }
    for (String suffix : List.of(TAXII_ROOT_TITLE, TAXII_ROOT_AGENCIES)) {
      if (key.endsWith(suffix) && key.length() > TAXII_ROOTS.length() + suffix.length()) {
        return key.substring(TAXII_ROOTS.length(), key.length() - suffix.length());
      }
    }
    return null;
  }

  private ConfigKeys() {}

  /** {@code database.url} is read from {@code MEKONG_DATABASE_URL}. */
  static String environmentName(String key) {
    return "MEKONG_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
