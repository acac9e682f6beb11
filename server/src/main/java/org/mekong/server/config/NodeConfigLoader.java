package org.mekong.server.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.requests.DeadlinePolicy;
import org.mekong.core.screening.scoring.ScoringRule;
import org.mekong.core.screening.scoring.Thresholds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a {@link NodeConfig} from, in rising precedence: built-in defaults, a YAML file, {@code
 * MEKONG_*} environment variables and command-line options. Unknown keys and bad values fail with a
 * message that names the setting.
 */
public final class NodeConfigLoader {

  private static final Map<String, String> DEFAULTS =
      Map.of(
          ConfigKeys.PORT, "8080",
          ConfigKeys.BIND_ADDRESS, "127.0.0.1",
          ConfigKeys.DATA_DIR, "var/demo",
          ConfigKeys.NODE_NAME, "Mekong node",
          ConfigKeys.NODE_COUNTRY, "TH",
          ConfigKeys.MAX_REQUEST_BYTES, String.valueOf(16L * 1024 * 1024),
          ConfigKeys.MAX_IMPORT_BYTES, String.valueOf(4L * 1024 * 1024 * 1024));

  private NodeConfigLoader() {}

  /**
   * Loads the configuration.
   *
   * @param yamlFile an optional YAML file with nested keys (e.g. {@code database: {url: ...}})
   * @param environment the process environment; only {@code MEKONG_*} variables are read
   * @param overrides settings given on the command line, by dotted name
   */
  public static NodeConfig load(
      @Nullable Path yamlFile, Map<String, String> environment, Map<String, String> overrides) {
    Map<String, String> settings = new LinkedHashMap<>(DEFAULTS);
    if (yamlFile != null) {
      settings.putAll(readYaml(yamlFile));
    }
    for (String key : ConfigKeys.ALL) {
      String fromEnvironment = environment.get(ConfigKeys.environmentName(key));
      if (fromEnvironment != null) {
        settings.put(key, fromEnvironment);
      }
    }
    overrides.forEach(
        (key, value) -> {
          requireKnown(key);
          settings.put(key, value);
        });
    return build(settings);
  }

  private static NodeConfig build(Map<String, String> settings) {
    int port = (int) integer(settings, ConfigKeys.PORT);
    long maxRequestBytes = integer(settings, ConfigKeys.MAX_REQUEST_BYTES);
    long maxImportBytes = integer(settings, ConfigKeys.MAX_IMPORT_BYTES);
    String country = settings.getOrDefault(ConfigKeys.NODE_COUNTRY, "");
    if (!CountryCode.isValid(country)) {
      throw new InvalidConfigurationException(
          ConfigKeys.NODE_COUNTRY,
          "must be an ISO 3166-1 alpha-2 code such as TH, but was '" + country + "'");
    }
    String url = settings.get(ConfigKeys.DATABASE_URL);
    DatabaseSettings database =
        url == null || url.isBlank()
            ? new DatabaseSettings.Embedded(dataDir(settings))
            : new DatabaseSettings.External(
                url,
                settings.getOrDefault(ConfigKeys.DATABASE_USER, ""),
                settings.getOrDefault(ConfigKeys.DATABASE_PASSWORD, ""));
    return new NodeConfig(
        port,
        settings.getOrDefault(ConfigKeys.BIND_ADDRESS, ""),
        database,
        settings.getOrDefault(ConfigKeys.NODE_NAME, ""),
        new CountryCode(country),
        maxRequestBytes,
        maxImportBytes,
        scoring(settings),
        trustGroupRoots(settings),
        tls(settings),
        requests(settings),
        retention(settings),
        ConsoleSettingsReader.oidc(settings));
  }

  private static RetentionSettings retention(Map<String, String> settings) {
    return new RetentionSettings(
        period(settings, ConfigKeys.RETENTION_PERSONS),
        period(settings, ConfigKeys.RETENTION_CASES_CLOSED),
        period(settings, ConfigKeys.RETENTION_IMPORTS),
        duration(
            settings, ConfigKeys.RETENTION_CHECK_INTERVAL, RetentionSettings.NONE.checkInterval()));
  }

  private static @Nullable Period period(Map<String, String> settings, String key) {
    String value = settings.get(key);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Period.parse(value.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidConfigurationException(
          key, "must be an ISO-8601 period such as P5Y or P90D but was '" + value + "'");
    }
  }

  private static RequestSettings requests(Map<String, String> settings) {
    DeadlinePolicy d = DeadlinePolicy.DEFAULTS;
    Duration urgent = duration(settings, ConfigKeys.REQUESTS_URGENT, d.urgent());
    Duration high = duration(settings, ConfigKeys.REQUESTS_HIGH, d.high());
    Duration normal = duration(settings, ConfigKeys.REQUESTS_NORMAL, d.normal());
    int reminder =
        settings.containsKey(ConfigKeys.REQUESTS_REMINDER_PERCENT)
            ? (int) integer(settings, ConfigKeys.REQUESTS_REMINDER_PERCENT)
            : d.reminderPercent();
    Duration escalateAfter =
        duration(settings, ConfigKeys.REQUESTS_ESCALATE_AFTER, d.escalateAfter());
    Duration interval =
        duration(
            settings, ConfigKeys.REQUESTS_CHECK_INTERVAL, RequestSettings.DEFAULTS.checkInterval());
    DeadlinePolicy policy;
    try {
      policy = new DeadlinePolicy(urgent, high, normal, reminder, escalateAfter);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException("requests", String.valueOf(e.getMessage()));
    }
    return new RequestSettings(policy, interval);
  }

  private static Duration duration(Map<String, String> settings, String key, Duration fallback) {
    String value = settings.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Duration.parse(value.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidConfigurationException(
          key, "must be an ISO-8601 duration such as PT8H or P3D but was '" + value + "'");
    }
  }

  /** TLS when {@code tls.key-store} is set: then the trust store and both passwords are needed. */
  private static @Nullable TlsSettings tls(Map<String, String> settings) {
    String keyStore = settings.get(ConfigKeys.TLS_KEY_STORE);
    if (keyStore == null || keyStore.isBlank()) {
      for (String key :
          List.of(
              ConfigKeys.TLS_TRUST_STORE,
              ConfigKeys.TLS_KEY_STORE_PASSWORD,
              ConfigKeys.TLS_TRUST_STORE_PASSWORD,
              ConfigKeys.TLS_CLIENT_AUTH)) {
        if (settings.containsKey(key)) {
          throw new InvalidConfigurationException(key, "needs tls.key-store as well");
        }
      }
      return null;
    }
    String trustStore = required(settings, ConfigKeys.TLS_TRUST_STORE);
    String clientAuth = settings.getOrDefault(ConfigKeys.TLS_CLIENT_AUTH, "want");
    TlsSettings.ClientAuth auth =
        switch (clientAuth) {
          case "none" -> TlsSettings.ClientAuth.NONE;
          case "want" -> TlsSettings.ClientAuth.WANT;
          case "need" -> TlsSettings.ClientAuth.NEED;
          default ->
              throw new InvalidConfigurationException(
                  ConfigKeys.TLS_CLIENT_AUTH,
                  "must be none, want or need but was '" + clientAuth + "'");
        };
    return new TlsSettings(
        Path.of(keyStore),
        required(settings, ConfigKeys.TLS_KEY_STORE_PASSWORD),
        Path.of(trustStore),
        required(settings, ConfigKeys.TLS_TRUST_STORE_PASSWORD),
        auth);
  }

  private static String required(Map<String, String> settings, String key) {
    String value = settings.get(key);
    if (value == null) {
      throw new InvalidConfigurationException(key, "is needed with tls.key-store");
    }
    return value;
  }

  /** The roots named by {@code taxii.roots.<name>.*} keys, in the order their names appear. */
  private static List<TrustGroupRoot> trustGroupRoots(Map<String, String> settings) {
    Set<String> names = new LinkedHashSet<>();
    settings.keySet().stream()
        .map(ConfigKeys::taxiiRootName)
        .filter(Objects::nonNull)
        .forEach(names::add);
    List<TrustGroupRoot> roots = new ArrayList<>();
    for (String name : names) {
      String prefix = ConfigKeys.TAXII_ROOTS + name;
      String title = settings.get(prefix + ConfigKeys.TAXII_ROOT_TITLE);
      String agencies = settings.getOrDefault(prefix + ConfigKeys.TAXII_ROOT_AGENCIES, "");
      List<AgencyId> members = new ArrayList<>();
      for (String id : agencies.split(",")) {
        String trimmed = id.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (!AgencyId.isValid(trimmed)) {
          throw new InvalidConfigurationException(
              prefix + ConfigKeys.TAXII_ROOT_AGENCIES,
              "'" + trimmed + "' is not an agency id (lower-case letters, digits, '-')");
        }
        members.add(new AgencyId(trimmed));
      }
      roots.add(new TrustGroupRoot(name, title == null ? name : title, members));
    }
    return roots;
  }

  private static ScoringRule scoring(Map<String, String> settings) {
    Map<String, Double> weights = new LinkedHashMap<>();
    settings.forEach(
        (key, value) -> {
          if (key.startsWith(ConfigKeys.SCREENING_WEIGHTS)) {
            weights.put(key.substring(ConfigKeys.SCREENING_WEIGHTS.length()), decimal(key, value));
          }
        });
    String defaultWeight = settings.get(ConfigKeys.SCREENING_DEFAULT_WEIGHT);
    Thresholds thresholds;
    try {
      thresholds =
          new Thresholds(
              threshold(settings, ConfigKeys.SCREENING_REVIEW, Thresholds.DEFAULTS.review()),
              threshold(settings, ConfigKeys.SCREENING_HOLD, Thresholds.DEFAULTS.holdAndReview()),
              threshold(settings, ConfigKeys.SCREENING_URGENT, Thresholds.DEFAULTS.urgentReview()));
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException(
          "screening.thresholds", String.valueOf(e.getMessage()));
    }
    try {
      return ScoringRule.of(
          weights,
          defaultWeight == null
              ? null
              : decimal(ConfigKeys.SCREENING_DEFAULT_WEIGHT, defaultWeight),
          thresholds);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException("screening.weights", String.valueOf(e.getMessage()));
    }
  }

  private static int threshold(Map<String, String> settings, String key, int fallback) {
    return settings.containsKey(key) ? (int) integer(settings, key) : fallback;
  }

  private static double decimal(String key, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidConfigurationException(
          key, "must be a number between 0 and 1 but was '" + value + "'");
    }
  }

  private static Path dataDir(Map<String, String> settings) {
    String value = settings.getOrDefault(ConfigKeys.DATA_DIR, "");
    if (value.isBlank()) {
      throw new InvalidConfigurationException(ConfigKeys.DATA_DIR, "must not be blank");
    }
    return Path.of(value).toAbsolutePath().normalize();
  }

  private static long integer(Map<String, String> settings, String key) {
    String value = settings.getOrDefault(key, "");
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidConfigurationException(
          key, "must be a whole number but was '" + value + "'");
    }
  }

  private static void requireKnown(String key) {
    if (!ConfigKeys.isKnown(key)) {
      throw new InvalidConfigurationException(
          key,
          "is not a known setting; known settings are "
              + String.join(", ", ConfigKeys.ALL)
              + ", screening.weights.<category code> and taxii.roots.<name>.title|agencies");
    }
  }

  private static Map<String, String> readYaml(Path file) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(Files.readString(file));
    } catch (IOException | JacksonException e) {
      throw new InvalidConfigurationException(
          "config file", "cannot read " + file + ": " + e.getMessage());
    }
    Map<String, String> flat = new LinkedHashMap<>();
    if (root != null && !root.isMissingNode() && !root.isNull()) {
      if (!root.isObject()) {
        throw new InvalidConfigurationException("config file", file + " must hold a YAML mapping");
      }
      flatten("", root, flat);
    }
    flat.keySet().forEach(NodeConfigLoader::requireKnown);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(key, value, into);
      } else if (value.isValueNode()) {
        into.put(key, value.asString());
      } else if (value.isArray()
          && (ConfigKeys.LISTS.contains(key)
              || key.endsWith(ConfigKeys.TAXII_ROOT_AGENCIES)
                  && ConfigKeys.taxiiRootName(key) != null)) {
        List<String> ids = new ArrayList<>();
        value.forEach(id -> ids.add(id.asString()));
        into.put(key, String.join(",", ids));
      } else {
        requireKnown(key);
        throw new InvalidConfigurationException(key, "must be a single value, not a list");
      }
    }
  }
}
