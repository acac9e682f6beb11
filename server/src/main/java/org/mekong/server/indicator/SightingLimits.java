package org.mekong.server.indicator;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.screening.hashed.RateLimiter;
import org.mekong.server.web.RateLimitedException;
import org.springframework.stereotype.Component;

/**
 * How many sightings each agency may report through the API: a burst of {@value #BURST}, then
 * {@value #PER_MINUTE} a minute. Repeats count too, so that nobody fills the sightings table.
 */
@Component
class SightingLimits {

  static final long BURST = 120;
  static final long PER_MINUTE = 60;

  private final ConcurrentMap<AgencyId, RateLimiter> buckets = new ConcurrentHashMap<>();

  /** Takes one sighting from the agency's allowance, or refuses with the wait until it has one. */
  void acquire(AgencyId agency) {
    RateLimiter bucket =
        buckets.computeIfAbsent(
            agency, id -> RateLimiter.of(BURST, PER_MINUTE, Duration.ofMinutes(1)));
    if (!bucket.tryAcquire(1)) {
      long seconds = Math.max(1, (bucket.timeUntil(1).toMillis() + 999) / 1000);
      throw new RateLimitedException(
          "sightings are limited to "
              + PER_MINUTE
              + " a minute per agency (burst "
              + BURST
              + "); the next is allowed in "
              + seconds
              + " s",
          seconds);
    }
  }
}
