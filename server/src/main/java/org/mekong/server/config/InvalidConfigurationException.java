package org.mekong.server.config;

/** A configuration setting that is missing or wrong; the message names the setting. */
public final class InvalidConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String setting;

  public InvalidConfigurationException(String setting, String problem) {
    super(
        ConfigKeys.ALL.contains(setting)
            ? "invalid setting '%s' (environment variable %s): %s"
                .formatted(setting, ConfigKeys.environmentName(setting), problem)
            : setting.contains(" ")
                ? "invalid %s: %s".formatted(setting, problem)
                : "invalid setting '%s': %s".formatted(setting, problem));
    this.setting = setting;
  }

  /** The dotted name of the offending setting, e.g. {@code database.url}. */
  public String setting() {
    return setting;
  }
}
