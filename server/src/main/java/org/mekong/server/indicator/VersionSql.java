package org.mekong.server.indicator;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.server.database.VersionWriters;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conditions that every read of a table of versions for TAXII shares (indicators, legal
 * records, requests, casework records), written against the table's alias {@code v}: the window of
 * versions a page may hold and the {@code match[version]} filter.
 */
public final class VersionSql {

  private VersionSql() {}

  /**
   * Appends the window of a page: versions added before the query's horizon (or, without one,
   * before the start of any other open writing transaction, {@link VersionWriters#horizon}), after
   * the position {@code after} when one is given, and after the query's {@code added_after}.
   */
  public static void window(
      StringBuilder sql,
      Map<String, Object> params,
      VersionQuery query,
      VersionQuery.@Nullable Position after,
      JdbcClient jdbc) {
    sql.append(" AND v.date_added < :horizon");
    Instant horizon = query.horizon();
    params.put("horizon", Timestamp.from(horizon != null ? horizon : VersionWriters.horizon(jdbc)));
    if (after != null) {
      sql.append(" AND (v.date_added, v.change_seq) > (:afterAdded, :afterSeq)");
      params.put("afterAdded", Timestamp.from(after.added()));
      params.put("afterSeq", after.changeSeq());
    }
    Instant addedAfter = query.addedAfter();
    if (addedAfter != null) {
      sql.append(" AND v.date_added > :addedAfter");
      params.put("addedAfter", Timestamp.from(addedAfter));
    }
  }

  /**
   * Appends the query's {@code match[version]} unless it asks for all: {@code first} and {@code
   * last} are the table's conditions for a record's first and last version, a timestamp matches the
   * version's {@code modified}.
   */
  public static void versions(
      StringBuilder sql,
      Map<String, Object> params,
      VersionQuery.Versions versions,
      String first,
      String last) {
    if (versions.all()) {
      return;
    }
    List<String> any = new ArrayList<>();
    if (versions.first()) {
      any.add(first);
    }
    if (versions.last()) {
      any.add(last);
    }
    int i = 0;
    for (Instant modified : versions.modified()) {
      any.add("v.modified = :modified" + i);
      params.put("modified" + i, Timestamp.from(modified));
      i++;
    }
    sql.append(" AND (").append(any.isEmpty() ? "false" : String.join(" OR ", any)).append(')');
  }
}
