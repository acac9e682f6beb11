package org.mekong.server.config;

import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How long casework keeps personal data of each kind before the retention job purges it; a kind
 * without a period is kept until someone configures one (docs/casework.md, "Retention").
 *
 * @param persons how long a person with no case and not from a list import is kept after being
 *     recorded
 * @param casesClosed how long a person is kept after the last of their cases was closed
 * @param imports how long a person added by a list import, with no case, is kept after the import
 * @param checkInterval the pause between two runs of the job, 1 minute to 1 day
 */
public record RetentionSettings(
    @Nullable Period persons,
    @Nullable Period casesClosed,
    @Nullable Period imports,
    Duration checkInterval) {

  /** Nothing is purged; the job looks every hour. */
  public static final RetentionSettings NONE =
      new RetentionSettings(null, null, null, Duration.ofHours(1));

  public RetentionSettings {
    positive(ConfigKeys.RETENTION_PERSONS, persons);
    positive(ConfigKeys.RETENTION_CASES_CLOSED, casesClosed);
    positive(ConfigKeys.RETENTION_IMPORTS, imports);
    if (checkInterval.compareTo(Duration.ofMinutes(1)) < 0
        || checkInterval.compareTo(Duration.ofDays(1)) > 0) {
      throw new InvalidConfigurationException(
          ConfigKeys.RETENTION_CHECK_INTERVAL,
          "must be between PT1M and P1D but was " + checkInterval);
    }
  }

  /** The period of persons with no case, if one is configured. */
  public Optional<Period> personsPeriod() {
    return Optional.ofNullable(persons);
  }

  /** The period after the last case closed, if one is configured. */
  public Optional<Period> casesClosedPeriod() {
    return Optional.ofNullable(casesClosed);
  }

  /** The period of imported persons with no case, if one is configured. */
  public Optional<Period> importsPeriod() {
    return Optional.ofNullable(imports);
  }

  private static void positive(String key, @Nullable Period period) {
    if (period != null && (period.isNegative() || period.isZero())) {
      throw new InvalidConfigurationException(
          key, "must be a positive ISO-8601 period such as P5Y or P90D but was " + period);
    }
  }
}
