package org.mekong.server.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.PersonField;
import org.mekong.core.stix.CaseworkObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What this node received of partners' casework records ({@code casework_received}), per local
 * agency addressed: the originator, its node, the partner it came from, the version and, for a
 * person, the fields it carried and the basis of the disclosure.
 */
@Repository
class ReceivedStore {

  /** One record as received by one local agency. */
  record Received(
      String stixId,
      UUID recordId,
      AgencyId agency,
      AgencyId originator,
      String originNode,
      String receivedFrom,
      int version,
      Instant modified,
      Set<PersonField> fields,
      @Nullable String basis) {}

  private final JdbcClient jdbc;

  ReceivedStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records that {@code agency} received {@code object} (not a person: no fields, no basis) from
   * partner {@code receivedFrom}, the record being {@code originNode}'s.
   */
  void putRecord(CaseworkObject object, AgencyId agency, String originNode, String receivedFrom) {
    put(
        new Received(
            object.stixId(),
            object.id(),
            agency,
            object.originator(),
            originNode,
            receivedFrom,
            object.version(),
            object.modified(),
            EnumSet.noneOf(PersonField.class),
            null));
  }

  @SuppressWarnings("NullAway") // only a person carries a basis: SQL NULL otherwise
  void put(Received received) {
    jdbc.sql(
            "INSERT INTO casework_received (stix_id, record_id, agency, originator, origin_node,"
                + " received_from, version, modified, fields, basis)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stix_id, agency) DO UPDATE"
                + " SET originator = excluded.originator, origin_node = excluded.origin_node,"
                + " received_from = excluded.received_from, version = excluded.version,"
                + " modified = excluded.modified, fields = excluded.fields, basis = excluded.basis")
        .params(
            received.stixId(),
            received.recordId(),
            received.agency().value(),
            received.originator().value(),
            received.originNode(),
            received.receivedFrom(),
            received.version(),
            Timestamp.from(received.modified()),
            received.fields().stream().map(Codes::of).sorted().toArray(String[]::new),
            received.basis())
        .update();
  }

  Optional<Received> find(String stixId, AgencyId agency) {
    return jdbc.sql("SELECT * FROM casework_received WHERE stix_id = ? AND agency = ?")
        .params(stixId, agency.value())
        .query(ReceivedStore::row)
        .optional();
  }

  /** Every local agency's copy of the record {@code recordId}. */
  List<Received> of(UUID recordId) {
    return jdbc.sql("SELECT * FROM casework_received WHERE record_id = ? ORDER BY agency")
        .param(recordId)
        .query(ReceivedStore::row)
        .list();
  }

  void delete(String stixId, AgencyId agency) {
    jdbc.sql("DELETE FROM casework_received WHERE stix_id = ? AND agency = ?")
        .params(stixId, agency.value())
        .update();
  }

  private static Received row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
    for (String code : (String[]) rs.getArray("fields").getArray()) {
      fields.add(Codes.parse(PersonField.class, "fields", code));
    }
    return new Received(
        rs.getString("stix_id"),
        rs.getObject("record_id", UUID.class),
        new AgencyId(rs.getString("agency")),
        new AgencyId(rs.getString("originator")),
        rs.getString("origin_node"),
        rs.getString("received_from"),
        rs.getInt("version"),
        rs.getTimestamp("modified").toInstant(),
        fields,
        rs.getString("basis"));
  }
}
