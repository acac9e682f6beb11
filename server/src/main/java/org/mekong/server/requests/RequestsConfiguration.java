package org.mekong.server.requests;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock that requests' deadlines are read from (a bean, so that a test can move it) and the
 * scheduling that runs the {@link DeadlineWatch}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RequestsConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
