package org.mekong.server.screening;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.screening.hashed.ScreeningKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys each screening client shares with the node for privacy-preserving screening: the current
 * one, under which its list exports are hashed, and the previous one, still good for confirmations
 * during a grace period after a rotation.
 */
@Service
class ScreeningKeys {

  /** How long the previous key stays good for confirmations after a rotation. */
  static final Duration GRACE = Duration.ofDays(7);

  /** A client's current key and, while in its grace period, the previous one. */
  record ClientKeys(ScreeningKey current, Instant currentCreated, @Nullable ScreeningKey previous) {

    /** The key of this version if it is good for confirmations at {@code now}. */
    Optional<ScreeningKey> forConfirmation(int version, Instant now) {
      if (version == current.version()) {
        return Optional.of(current);
      }
      if (previous != null
          && version == previous.version()
          && now.isBefore(currentCreated.plus(GRACE))) {
        return Optional.of(previous);
      }
      return Optional.empty();
    }
  }

  /** A new key, and until when the previous one stays good for confirmations. */
  record Rotation(
      ScreeningKey key, @Nullable Integer previousVersion, @Nullable Instant previousValidUntil) {}

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();
  private final Map<AgencyId, ClientKeys> cache = new ConcurrentHashMap<>();

  ScreeningKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes the client's next key and returns it; the secret is shown to the client only here. */
  @Transactional
  Rotation rotate(AgencyId client) {
    jdbc.sql("SELECT id FROM agency WHERE id = ? FOR UPDATE")
        .param(client.value())
        .query()
        .listOfRows();
    int previous =
        jdbc.sql("SELECT coalesce(max(version), 0) FROM screening_key WHERE agency = ?")
            .param(client.value())
            .query(Integer.class)
            .single();
    ScreeningKey key = ScreeningKey.generate(previous + 1, random);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    jdbc.sql("INSERT INTO screening_key (agency, version, secret, created) VALUES (?, ?, ?, ?)")
        .params(client.value(), key.version(), key.secret(), Timestamp.from(now))
        .update();
    cache.remove(client);
    return previous == 0
        ? new Rotation(key, null, null)
        : new Rotation(key, previous, now.plus(GRACE));
  }

  /** The client's keys, if it has any. */
  Optional<ClientKeys> of(AgencyId client) {
    ClientKeys cached = cache.get(client);
    if (cached != null) {
      return Optional.of(cached);
    }
    List<Stored> stored =
        jdbc.sql(
                "SELECT version, secret, created FROM screening_key WHERE agency = ?"
                    + " ORDER BY version DESC LIMIT 2")
            .param(client.value())
            .query(
                (rs, row) ->
                    new Stored(
                        new ScreeningKey(rs.getInt(1), rs.getBytes(2)),
                        rs.getTimestamp(3).toInstant()))
            .list();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    ClientKeys keys =
        new ClientKeys(
            stored.get(0).key(),
            stored.get(0).created(),
            stored.size() > 1 ? stored.get(1).key() : null);
    cache.put(client, keys);
    return Optional.of(keys);
  }

  private record Stored(ScreeningKey key, Instant created) {}
}
