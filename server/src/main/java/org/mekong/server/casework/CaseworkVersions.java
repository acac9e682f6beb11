package org.mekong.server.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.stix.CaseworkObject;
import org.mekong.core.stix.StixCasework;
import org.mekong.server.database.VersionWriters;
import org.mekong.server.indicator.VersionQuery;
import org.mekong.server.indicator.VersionSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every version of a casework record that this node addressed to partner nodes' agencies ({@code
 * casework_version}), stored as its STIX object with its audience, and read by one viewer in the
 * order the node stored them, as TAXII reads indicator and legal versions.
 */
@Repository
class CaseworkVersions {

  /** A stored version and where it lies in the order. */
  record Row(String stixId, ObjectNode object, Instant added, long changeSeq) {}

  /** The latest version addressed to one agency: its number and object. */
  record Latest(int version, AgencyId originator, boolean withdrawn, JsonNode object) {}

  private final JdbcClient jdbc;

  CaseworkVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a version, inside the caller's transaction, as a version writer. */
  void insert(CaseworkObject version) {
    VersionWriters.enter(jdbc);
    jdbc.sql(
            "INSERT INTO casework_version (stix_id, kind, version, originator, modified, audience,"
                + " object) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")
        .params(
            version.stixId(),
            version.type().kind(),
            version.version(),
            version.originator().value(),
            Timestamp.from(version.modified()),
            version.audience().stream().map(AgencyId::value).sorted().toArray(String[]::new),
            PersonStore.JSON.writeValueAsString(StixCasework.object(version)))
        .update();
  }

  /** The highest version number of the record stored here, 0 for none. */
  int lastVersion(String stixId) {
    return jdbc.sql("SELECT coalesce(max(version), 0) FROM casework_version WHERE stix_id = ?")
        .param(stixId)
        .query(Integer.class)
        .single();
  }

  /** The records of {@code kind} about the person (their {@code person} property) stored here. */
  List<UUID> about(String kind, UUID person) {
    return jdbc
        .sql(
            "SELECT DISTINCT stix_id FROM casework_version WHERE kind = ? AND object->>'person' = ?")
        .params(kind, person.toString())
        .query(String.class)
        .list()
        .stream()
        .map(id -> UUID.fromString(id.substring(id.indexOf("--") + 2)))
        .toList();
  }

  /** For each agency ever addressed, the latest version of the record addressed to it. */
  Map<AgencyId, Latest> latest(String stixId) {
    Map<AgencyId, Latest> latest = new HashMap<>();
    jdbc.sql(
            "SELECT DISTINCT ON (a) a, version, originator, object FROM casework_version, unnest(audience) a"
                + " WHERE stix_id = ? ORDER BY a, change_seq DESC")
        .param(stixId)
        .query(
            (rs, row) -> {
              JsonNode object = PersonStore.JSON.readTree(rs.getString(4));
              return latest.put(
                  new AgencyId(rs.getString(1)),
                  new Latest(
                      rs.getInt(2),
                      new AgencyId(rs.getString(3)),
                      object.path("withdrawn").asBoolean(false),
                      object));
            })
        .list();
    return latest;
  }

  /**
   * Up to {@code limit} versions addressed to {@code viewer} after {@code after}, before {@code
   * query}'s horizon.
   *
   * @param stixIds only these records; empty for all
   * @param kinds only these kinds; empty for all
   */
  List<Row> after(
      AgencyId viewer,
      VersionQuery query,
      List<String> stixIds,
      List<String> kinds,
      VersionQuery.@Nullable Position after,
      int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT v.stix_id, v.object, v.date_added, v.change_seq FROM casework_version v"
                + " WHERE :viewer = ANY(v.audience)");
    Map<String, Object> params = new HashMap<>();
    params.put("viewer", viewer.value());
    VersionSql.window(sql, params, query, after, jdbc);
    if (!stixIds.isEmpty()) {
      sql.append(" AND v.stix_id = ANY(:ids)");
      params.put("ids", stixIds.toArray(String[]::new));
    }
    if (!kinds.isEmpty()) {
      sql.append(" AND v.kind = ANY(:kinds)");
      params.put("kinds", kinds.toArray(String[]::new));
    }
    if (!query.originators().isEmpty()) {
      sql.append(" AND false"); // trust-group roots hold their members' objects: none of these
    }
    String mine =
        "FROM casework_version w WHERE w.stix_id = v.stix_id AND :viewer = ANY(w.audience)";
    VersionSql.versions(
        sql,
        params,
        query.versions(),
        "v.change_seq = (SELECT min(w.change_seq) " + mine + ")",
        "v.change_seq = (SELECT max(w.change_seq) " + mine + ")");
    sql.append(" ORDER BY v.date_added, v.change_seq LIMIT :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, row) ->
                new Row(
                    rs.getString(1),
                    (ObjectNode) PersonStore.JSON.readTree(rs.getString(2)),
                    rs.getTimestamp(3).toInstant(),
                    rs.getLong(4)))
        .list();
  }
}
