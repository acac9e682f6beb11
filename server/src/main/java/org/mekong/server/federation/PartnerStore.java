package org.mekong.server.federation;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners, the keys this node's agencies hold at each, where each pull stands (its cursor) and
 * the objects refused, in PostgreSQL.
 */
@Repository
class PartnerStore {

  /** One object of a partner's page that was not stored. */
  record Refusal(
      String objectId,
      @Nullable String modified,
      String agency,
      RefusalReason reason,
      String detail,
      Instant at) {}

  private final JdbcClient jdbc;

  PartnerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds or replaces a partner and its credentials; true when it is new. */
  @Transactional
  boolean put(Partner partner) {
    int updated =
        jdbc.sql(
                "UPDATE federation_partner SET url = ?, poll_interval = ?, updated_at = now()"
                    + " WHERE name = ?")
            .params(partner.url().toString(), partner.pollSeconds(), partner.name())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO federation_partner (name, url, poll_interval) VALUES (?, ?, ?)"
                  + " ON CONFLICT (name) DO UPDATE SET url = excluded.url,"
                  + " poll_interval = excluded.poll_interval, updated_at = now()")
          .params(partner.name(), partner.url().toString(), partner.pollSeconds())
          .update();
    }
    jdbc.sql("DELETE FROM federation_credential WHERE partner = ?").param(partner.name()).update();
    partner
        .credentials()
        .forEach(
            (agency, key) ->
                jdbc.sql(
                        "INSERT INTO federation_credential (partner, agency_id, api_key)"
                            + " VALUES (?, ?, ?)")
                    .params(partner.name(), agency.value(), key)
                    .update());
    return updated == 0;
  }

  /** Removes a partner with its credentials, cursors and refusals; false when unknown. */
  @Transactional
  boolean delete(String name) {
    return jdbc.sql("DELETE FROM federation_partner WHERE name = ?").param(name).update() > 0;
  }

  List<String> names() {
    return jdbc.sql("SELECT name FROM federation_partner ORDER BY name").query(String.class).list();
  }

  Optional<Partner> find(String name) {
    record Row(String url, int poll) {}
    Optional<Row> row =
        jdbc.sql("SELECT url, poll_interval FROM federation_partner WHERE name = ?")
            .param(name)
            .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2)))
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Map<AgencyId, String> credentials = new HashMap<>();
    jdbc.sql("SELECT agency_id, api_key FROM federation_credential WHERE partner = ?")
        .param(name)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> credentials.put(new AgencyId(rs.getString(1)), rs.getString(2)));
    return Optional.of(
        new Partner(name, URI.create(row.get().url()), row.get().poll(), credentials));
  }

  /** The cursor of one local agency's pull from a partner: the last page's date added. */
  Optional<Instant> cursor(String partner, AgencyId agency) {
    return jdbc.sql("SELECT added_after FROM federation_cursor WHERE partner = ? AND agency_id = ?")
        .params(partner, agency.value())
        .query((rs, row) -> rs.getTimestamp(1).toInstant())
        .optional();
  }

  /** Every cursor of a partner, by local agency. */
  Map<String, Instant> cursors(String partner) {
    Map<String, Instant> cursors = new HashMap<>();
    jdbc.sql("SELECT agency_id, added_after FROM federation_cursor WHERE partner = ?")
        .param(partner)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> cursors.put(rs.getString(1), rs.getTimestamp(2).toInstant()));
    return cursors;
  }

  /** Moves a cursor forward; called in the transaction that stores the page. */
  void advance(String partner, AgencyId agency, Instant addedAfter) {
    jdbc.sql(
            "INSERT INTO federation_cursor (partner, agency_id, added_after) VALUES (?, ?, ?)"
                + " ON CONFLICT (partner, agency_id) DO UPDATE SET"
                + " added_after = greatest(federation_cursor.added_after, excluded.added_after),"
                + " updated_at = clock_timestamp()")
        .params(partner, agency.value(), Timestamp.from(addedAfter))
        .update();
  }

  void refuse(
      String partner,
      String objectId,
      @Nullable String modified,
      AgencyId agency,
      RefusalReason reason,
      String detail) {
    jdbc.sql(
            "INSERT INTO federation_refusal (partner, object_id, modified, agency_id, reason,"
                + " detail) VALUES (?, ?, ?, ?, ?, ?)")
        .param(partner)
        .param(objectId)
        .param(modified)
        .param(agency.value())
        .param(reason.code())
        .param(detail.length() > 1_000 ? detail.substring(0, 1_000) : detail)
        .update();
  }

  /**
   * Deletes a partner's refusals but the newest {@code keep}, so that a partner refused object
   * after object (e.g. a relay of this node's own objects) cannot grow the table without end.
   */
  void pruneRefusals(String partner, int keep) {
    jdbc.sql(
            "DELETE FROM federation_refusal WHERE partner = ? AND id <= (SELECT id FROM"
                + " federation_refusal WHERE partner = ? ORDER BY id DESC OFFSET ? LIMIT 1)")
        .params(partner, partner, keep)
        .update();
  }

  /** The latest refusals of a partner's objects, newest first. */
  List<Refusal> refusals(String partner, int limit) {
    return jdbc.sql(
            "SELECT object_id, modified, agency_id, reason, detail, at FROM federation_refusal"
                + " WHERE partner = ? ORDER BY id DESC LIMIT ?")
        .params(partner, limit)
        .query(
            (rs, row) ->
                new Refusal(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    reason(rs.getString(4)),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant()))
        .list();
  }

  private static RefusalReason reason(String code) {
    for (RefusalReason reason : RefusalReason.values()) {
      if (reason.code().equals(code)) {
        return reason;
      }
    }
    throw new IllegalStateException("unknown refusal reason in the database: " + code);
  }
}
