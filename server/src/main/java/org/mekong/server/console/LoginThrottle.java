package org.mekong.server.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed console logins per source address: after {@link #MAX_FAILURES} in a minute, the
 * address may not try again until the minute is over, whichever account it tries.
 */
final class LoginThrottle {

  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int MAX_ADDRESSES = 10_000;

  private record Window(Instant start, int failures) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether {@code address} may try to log in now. */
  boolean allows(String address) {
    Window window = windows.get(address);
    return window == null || expired(window) || window.failures() < MAX_FAILURES;
  }

  /** Counts a failed login from {@code address}. */
  void failed(String address) {
    if (windows.size() >= MAX_ADDRESSES) {
      windows.values().removeIf(this::expired);
    }
    windows.merge(
        address,
        new Window(clock.instant(), 1),
        (old, fresh) -> expired(old) ? fresh : new Window(old.start(), old.failures() + 1));
  }

  private boolean expired(Window window) {
    return !window.start().plus(WINDOW).isAfter(clock.instant());
  }
}
