package org.mekong.server.requests;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A source of beans for a test node (given as {@code spring.main.sources}, not scanned): a {@link
 * MovableClock} that replaces the node's clock.
 */
public class MovableClockSource {

  @Bean
  @Primary
  MovableClock movableClock() {
    return new MovableClock();
  }
}
