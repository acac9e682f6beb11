package org.mekong.server.screening;

import org.mekong.core.screening.scoring.ScoringRule;
import org.mekong.server.config.NodeConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The screening settings of the node's configuration as beans. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

  @Bean
  ScoringRule scoringRule(NodeConfig config) {
    return config.scoring();
  }
}
