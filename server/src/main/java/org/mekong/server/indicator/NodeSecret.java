package org.mekong.server.indicator;

import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.selector.SelectorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The node's secret indicator namespace, read once at start-up. */
@Component
class NodeSecret {

  private final UUID indicatorNamespace;

  NodeSecret(JdbcClient jdbc) {
    this.indicatorNamespace =
        jdbc.sql("SELECT indicator_namespace FROM node_secret").query(UUID.class).single();
  }

  /** The id of an agency's indicator on a selector, on this node. */
  IndicatorId indicatorId(AgencyId originator, SelectorId selector) {
    return IndicatorId.of(indicatorNamespace, originator, selector);
  }
}
