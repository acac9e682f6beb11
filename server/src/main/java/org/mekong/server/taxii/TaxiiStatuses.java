package org.mekong.server.taxii;

import java.util.Optional;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.node.ObjectNode;

/** The status resources of "add objects" requests, readable later by the agency that sent them. */
@Repository
class TaxiiStatuses {

  private final JdbcClient jdbc;

  TaxiiStatuses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(UUID id, String root, AgencyId requester, ObjectNode status) {
    jdbc.sql("INSERT INTO taxii_status (id, api_root, requester, body) VALUES (?, ?, ?, ?::jsonb)")
        .params(id, root, requester.value(), TaxiiJson.JSON.writeValueAsString(status))
        .update();
  }

  /** The status, if it exists in this root and the requester sent it. */
  Optional<ObjectNode> find(UUID id, String root, AgencyId requester) {
    return jdbc.sql(
            "SELECT body::text FROM taxii_status WHERE id = ? AND api_root = ? AND requester = ?")
        .params(id, root, requester.value())
        .query(String.class)
        .optional()
        .map(body -> (ObjectNode) TaxiiJson.JSON.readTree(body));
  }
}
