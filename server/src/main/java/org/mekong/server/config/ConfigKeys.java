package org.mekong.server.config;

import java.util.List;
import java.util.Locale;

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
          MAX_IMPORT_BYTES);

  private ConfigKeys() {}

  /** {@code database.url} is read from {@code MEKONG_DATABASE_URL}. */
  static String environmentName(String key) {
    return "MEKONG_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
