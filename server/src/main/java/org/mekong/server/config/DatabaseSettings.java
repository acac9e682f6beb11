package org.mekong.server.config;

import java.nio.file.Path;

/** Where the node keeps its data: an embedded PostgreSQL or an external one. */
public sealed interface DatabaseSettings {

  /** A PostgreSQL started by the node itself, its files under {@code dataDir/postgres}. */
  record Embedded(Path dataDir) implements DatabaseSettings {}

  /** An external PostgreSQL reached by JDBC URL. */
  record External(String jdbcUrl, String user, String password) implements DatabaseSettings {

    public External {
      if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
        throw new InvalidConfigurationException(
            ConfigKeys.DATABASE_URL, "must start with jdbc:postgresql:// but was " + jdbcUrl);
      }
      if (user.isBlank()) {
        throw new InvalidConfigurationException(
            ConfigKeys.DATABASE_USER, "is required with " + ConfigKeys.DATABASE_URL);
      }
    }

    @Override
    public String toString() {
      return "External[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=***]";
    }
  }
}
