package org.mekong.server.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.stix.RequestStixType;
import org.mekong.server.database.VersionWriters;
import org.mekong.server.indicator.VersionQuery;
import org.mekong.server.indicator.VersionSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every version of every request object and response in {@code request_version}: those made here
 * are read in the order the node stored them ({@code date_added}, then {@code change_seq}, from the
 * indicators' sequence) for the one partner node each is addressed to; those received are kept and
 * never served again.
 */
@Repository
class RequestVersions {

  /** A version made here, where it lies in the order. */
  record Row(String stixId, ObjectNode object, Instant added, long changeSeq) {}

  private final JdbcClient jdbc;

  RequestVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a version made here for the partner node {@code audienceNode}. */
  void insertOwn(
      UUID id,
      RequestStixType type,
      int version,
      Instant modified,
      ObjectNode object,
      String audienceNode) {
    insert(id, type, version, modified, object, audienceNode, null, null);
  }

  /** Adds a version received from {@code partner}, made on {@code originNode}. */
  void insertReceived(
      UUID id,
      RequestStixType type,
      int version,
      Instant modified,
      ObjectNode object,
      String originNode,
      String partner) {
    insert(id, type, version, modified, object, null, originNode, partner);
  }

  private void insert(
      UUID id,
      RequestStixType type,
      int version,
      Instant modified,
      ObjectNode object,
      @Nullable String audienceNode,
      @Nullable String originNode,
      @Nullable String partner) {
    VersionWriters.enter(jdbc);
    jdbc.sql(
            "INSERT INTO request_version (id, kind, version, modified, object, audience_node,"
                + " origin_node, received_from) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")
        .params(
            java.util.Arrays.asList(
                id,
                kind(type),
                version,
                Timestamp.from(modified),
                RequestJson.JSON.writeValueAsString(object),
                audienceNode,
                originNode,
                partner))
        .update();
  }

  /** When the latest version of this object was modified, if it has one. */
  Optional<Instant> lastModified(UUID id, RequestStixType type) {
    return jdbc.sql("SELECT max(modified) FROM request_version WHERE id = ? AND kind = ?")
        .params(id, kind(type))
        .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
        .single();
  }

  /**
   * Up to {@code limit} versions made here for node {@code audience}, after {@code after}.
   *
   * @param ids only these requests; empty for all
   * @param types only these types; empty for all
   */
  List<Row> after(
      String audience,
      VersionQuery query,
      List<UUID> ids,
      List<RequestStixType> types,
      VersionQuery.@Nullable Position after,
      int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT v.kind, v.id, v.object, v.date_added, v.change_seq FROM request_version v"
                + " WHERE v.audience_node = :audience");
    Map<String, Object> params = new HashMap<>();
    params.put("audience", audience);
    VersionSql.window(sql, params, query, after, jdbc);
    if (!ids.isEmpty()) {
      sql.append(" AND v.id = ANY(:ids)");
      params.put("ids", ids.toArray(UUID[]::new));
    }
    if (!types.isEmpty()) {
      sql.append(" AND v.kind = ANY(:kinds)");
      params.put("kinds", types.stream().map(RequestVersions::kind).toArray(String[]::new));
    }
    VersionSql.versions(
        sql,
        params,
        query.versions(),
        "v.version = 1",
        "v.version = (SELECT max(l.version) FROM request_version l"
            + " WHERE l.id = v.id AND l.kind = v.kind)");
    sql.append(" ORDER BY v.date_added, v.change_seq LIMIT :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, row) ->
                new Row(
                    type(rs.getString(1)).stixId(rs.getObject(2, UUID.class)),
                    (ObjectNode) RequestJson.JSON.readTree(rs.getString(3)),
                    rs.getTimestamp(4).toInstant(),
                    rs.getLong(5)))
        .list();
  }

  private static String kind(RequestStixType type) {
    return switch (type) {
      case REQUEST -> "request";
      case RESPONSE -> "response";
    };
  }

  private static RequestStixType type(String kind) {
    return kind.equals("request") ? RequestStixType.REQUEST : RequestStixType.RESPONSE;
  }
}
