package org.mekong.server.legal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.database.VersionWriters;
import org.mekong.server.indicator.VersionQuery;
import org.mekong.server.indicator.VersionSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every version of every legal record in {@code legal_version}, read in the order the node stored
 * them ({@code date_added}, then {@code change_seq}, from the indicators' sequence) as TAXII reads
 * indicator versions, and only the versions that may leave the node ({@code shared}).
 */
@Repository
class LegalVersions {

  /** A stored version, where it lies in the order, and the record as it stands now. */
  record Row(StoredRecord version, Instant added, long changeSeq, StoredRecord current) {}

  private static final String VERSION_COLUMNS =
      "v.id, v.kind, v.originator, v.created, v.modified, v.marking, v.categories, v.body,"
          + " v.version, v.origin_node, v.received_from, r.received_by";

  private static final String CURRENT_COLUMNS =
      "r.id AS c_id, r.kind AS c_kind, r.originator AS c_originator, r.created AS c_created,"
          + " r.modified AS c_modified, r.marking AS c_marking, r.categories AS c_categories,"
          + " r.body AS c_body, r.version AS c_version, r.origin_node AS c_origin_node,"
          + " r.received_from AS c_received_from, r.received_by AS c_received_by";

  private final JdbcClient jdbc;

  LegalVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a version; {@code shared} false keeps it on this node (an unapproved notice). */
  void insert(StoredRecord record, boolean shared) {
    VersionWriters.enter(jdbc);
    StoredRecord.Provenance provenance = record.provenance();
    jdbc.sql(
            "INSERT INTO legal_version (id, version, kind, originator, created, modified, marking,"
                + " categories, body, shared, origin_node, received_from)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?)")
        .params(
            java.util.Arrays.asList(
                record.id(),
                record.version(),
                record.kind().code(),
                record.originator().value(),
                Timestamp.from(record.created()),
                Timestamp.from(record.modified()),
                LegalStore.JSON.writeValueAsString(LegalOutput.marking(record.marking())),
                LegalStore.codes(record),
                LegalStore.JSON.writeValueAsString(record.body()),
                shared,
                provenance == null ? null : provenance.node(),
                provenance == null ? null : provenance.receivedFrom()))
        .update();
  }

  boolean exists(UUID id, int version) {
    return jdbc.sql("SELECT count(*) FROM legal_version WHERE id = ? AND version = ?")
            .params(id, version)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Up to {@code limit} shareable versions after {@code after}, before any visibility filtering.
   *
   * @param ids only these records; empty for all
   * @param kinds only records of these kinds (their codes); empty for all
   */
  List<Row> after(
      VersionQuery query,
      List<UUID> ids,
      List<String> kinds,
      VersionQuery.@Nullable Position after,
      int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT "
                + VERSION_COLUMNS
                + ", "
                + CURRENT_COLUMNS
                + ", v.date_added, v.change_seq FROM legal_version v"
                + " JOIN legal_record r ON r.id = v.id WHERE v.shared");
    Map<String, Object> params = new HashMap<>();
    VersionSql.window(sql, params, query, after, jdbc);
    if (!ids.isEmpty()) {
      sql.append(" AND v.id = ANY(:ids)");
      params.put("ids", ids.toArray(UUID[]::new));
    }
    if (!kinds.isEmpty()) {
      sql.append(" AND v.kind = ANY(:kinds)");
      params.put("kinds", kinds.toArray(String[]::new));
    }
    Set<AgencyId> originators = query.originators();
    if (!originators.isEmpty()) {
      sql.append(" AND r.originator = ANY(:originators)");
      params.put("originators", LegalStore.agencies(originators));
    }
    VersionSql.versions(
        sql,
        params,
        query.versions(),
        "v.version = (SELECT min(f.version) FROM legal_version f"
            + " WHERE f.id = v.id AND f.shared)",
        "v.version = r.version");
    sql.append(" ORDER BY v.date_added, v.change_seq LIMIT :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, row) ->
                new Row(
                    LegalStore.read(rs, ""),
                    rs.getTimestamp("date_added").toInstant(),
                    rs.getLong("change_seq"),
                    LegalStore.read(rs, "c_")))
        .list();
  }
}
