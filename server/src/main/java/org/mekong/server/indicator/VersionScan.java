package org.mekong.server.indicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.sharing.SharedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads stored indicator versions in the order the node stored them ({@code date_added}, then the
 * version's unique {@code change_seq}), before visibility filtering, and the current versions the
 * policy decides on.
 */
@Repository
class VersionScan {

  /**
   * A stored version, where it lies in the order, and what the policy needs about the indicator's
   * current version.
   */
  record Row(
      Indicator indicator,
      Instant added,
      long changeSeq,
      SharedObject current,
      Set<AgencyId> receivedBy) {}

  private static final String VERSION_COLUMNS =
      Arrays.stream(IndicatorRows.COLUMNS.split(","))
          .map(column -> "v." + column.strip())
          .collect(Collectors.joining(", "));

  private final JdbcClient jdbc;

  VersionScan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> after(
      VersionQuery query, AgencyId viewer, VersionQuery.@Nullable Position after, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT "
                + VERSION_COLUMNS
                + ", v.date_added, i.version AS cur_version, i.originator AS cur_originator,"
                + " i.categories AS cur_categories, i.tlp AS cur_tlp, i.handling AS cur_handling,"
                + " i.restrictions AS cur_restrictions, i.evaluation AS cur_evaluation,"
                + " i.recipients AS cur_recipients, i.received_by AS cur_received_by"
                + " FROM indicator_version v JOIN indicator i ON i.id = v.id"
                + " WHERE (i.originator = :viewer OR i.tlp <> 'red' OR :viewer = ANY(i.recipients)"
                + " OR :viewer = ANY(i.received_by))"
                + " AND (v.originator = :viewer OR v.tlp <> 'red' OR :viewer = ANY(v.recipients)"
                + " OR :viewer = ANY(i.received_by))");
    Map<String, Object> params = new HashMap<>();
    params.put("viewer", viewer.value());
    VersionSql.window(sql, params, query, after, jdbc);
    if (!query.ids().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < query.ids().size(); i++) {
        names.add(":id" + i);
        params.put("id" + i, query.ids().get(i).value());
      }
      sql.append(" AND v.id IN (").append(String.join(", ", names)).append(')');
    }
    if (!query.originators().isEmpty()) {
      List<String> names = new ArrayList<>();
      int i = 0;
      for (AgencyId originator : query.originators()) {
        names.add(":originator" + i);
        params.put("originator" + i, originator.value());
        i++;
      }
      sql.append(" AND i.originator IN (").append(String.join(", ", names)).append(')');
    }
    VersionSql.versions(sql, params, query.versions(), "v.version = 1", "v.version = i.version");
    sql.append(" ORDER BY v.date_added, v.change_seq LIMIT :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, row) -> {
              Indicator indicator = IndicatorRows.indicator(rs);
              Set<AgencyId> receivedBy = IndicatorRows.agencies(rs, "cur_received_by");
              return new Row(
                  indicator,
                  rs.getTimestamp("date_added").toInstant(),
                  rs.getLong("change_seq"),
                  rs.getInt("cur_version") == indicator.version()
                      ? IndicatorRows.shared(indicator, receivedBy)
                      : IndicatorRows.shared(rs, "cur_", receivedBy),
                  receivedBy);
            })
        .list();
  }
}
