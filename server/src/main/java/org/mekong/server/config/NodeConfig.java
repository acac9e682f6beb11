package org.mekong.server.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.screening.scoring.ScoringRule;

/**
 * Everything a node needs to start, validated once before anything is served.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param bindAddress the address the HTTP server listens on
 * @param database where the data lives
 * @param nodeName a human name for this node, e.g. "Thailand"
 * @param country the country that runs this node
 * @param maxRequestBytes the largest request body accepted (413 beyond it)
 * @param maxImportBytes the largest bulk import accepted (413 beyond it)
 * @param scoring how screening scores an event's hits and which scores need review
 * @param trustGroupRoots the TAXII API roots of trust groups, beside the default root {@code
 *     mekong}; each name once
 * @param tls the node's TLS identity and trust: HTTPS, and mutual TLS with partners; null for plain
 *     HTTP
 * @param requests how requests between agencies are timed
 * @param retention how long casework keeps personal data
 * @param oidc the OpenID Connect provider people may log in to the console through; null for none
 */
public record NodeConfig(
    int port,
    String bindAddress,
    DatabaseSettings database,
    String nodeName,
    CountryCode country,
    long maxRequestBytes,
    long maxImportBytes,
    ScoringRule scoring,
    List<TrustGroupRoot> trustGroupRoots,
    @Nullable TlsSettings tls,
    RequestSettings requests,
    RetentionSettings retention,
    @Nullable OidcSettings oidc) {

  /** A configuration with the default timing of requests and no retention periods. */
  public NodeConfig(
      int port,
      String bindAddress,
      DatabaseSettings database,
      String nodeName,
      CountryCode country,
      long maxRequestBytes,
      long maxImportBytes,
      ScoringRule scoring,
      List<TrustGroupRoot> trustGroupRoots,
      @Nullable TlsSettings tls) {
    this(
        port,
        bindAddress,
        database,
        nodeName,
        country,
        maxRequestBytes,
        maxImportBytes,
        scoring,
        trustGroupRoots,
        tls,
        RequestSettings.DEFAULTS,
        RetentionSettings.NONE,
        null);
  }

  public NodeConfig {
    requireNonNull(requests, "requests");
    requireNonNull(retention, "retention");
    if (port < 0 || port > 65_535) {
      throw new InvalidConfigurationException(
          ConfigKeys.PORT, "must be between 0 and 65535 but was " + port);
    }
    if (bindAddress.isBlank()) {
      throw new InvalidConfigurationException(ConfigKeys.BIND_ADDRESS, "must not be blank");
    }
    requireNonNull(database, "database");
    if (nodeName.isBlank() || nodeName.length() > 100) {
      throw new InvalidConfigurationException(
          ConfigKeys.NODE_NAME, "must be 1-100 characters, not blank");
    }
    requireNonNull(country, "country");
    requireNonNull(scoring, "scoring");
    trustGroupRoots = List.copyOf(trustGroupRoots);
    if (trustGroupRoots.stream().map(TrustGroupRoot::name).distinct().count()
        != trustGroupRoots.size()) {
      throw new InvalidConfigurationException(
          ConfigKeys.TAXII_ROOTS + "<name>", "each TAXII root name once");
    }
    if (maxRequestBytes < 1024 || maxRequestBytes > 4L * 1024 * 1024 * 1024) {
      throw new InvalidConfigurationException(
          ConfigKeys.MAX_REQUEST_BYTES,
          "must be between 1024 and 4294967296 bytes but was " + maxRequestBytes);
    }
    if (maxImportBytes < maxRequestBytes || maxImportBytes > 64L * 1024 * 1024 * 1024) {
      throw new InvalidConfigurationException(
          ConfigKeys.MAX_IMPORT_BYTES,
          "must be at least limits.max-request-bytes and at most 68719476736 but was "
              + maxImportBytes);
    }
  }

  /** A copy listening on another port. */
  public NodeConfig withPort(int newPort) {
    return new NodeConfig(
        newPort,
        bindAddress,
        database,
        nodeName,
        country,
        maxRequestBytes,
        maxImportBytes,
        scoring,
        trustGroupRoots,
        tls,
        requests,
        retention,
        oidc);
  }
}
