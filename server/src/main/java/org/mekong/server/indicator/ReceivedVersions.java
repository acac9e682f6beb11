package org.mekong.server.indicator;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.marking.Tlp;
import org.mekong.server.database.VersionWriters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores indicator versions received from a partner node verbatim (id, version, times, marking,
 * originator as the originating node wrote them), idempotently: a version already stored is not
 * stored again, though the agency that received it is added to its {@code received_by}. A version
 * becomes the current one when it is newer than the current one; an older one arriving late only
 * joins the history. Runs in the caller's transaction.
 */
@Repository
class ReceivedVersions {

  private static final List<IndicatorColumn> RECEIVED = IndicatorColumn.RECEIVED;

  private static final String COLUMNS = IndicatorColumn.names(RECEIVED);

  /** Places among the columns, from the table's description. */
  private static final int CHANGE_SEQ = RECEIVED.indexOf(IndicatorColumn.CHANGE_SEQ);

  private static final int ORIGIN_NODE = RECEIVED.indexOf(IndicatorColumn.ORIGIN_NODE);
  private static final int RECEIVED_FROM = RECEIVED.indexOf(IndicatorColumn.RECEIVED_FROM);
  private static final int RECEIVED_BY = RECEIVED.indexOf(IndicatorColumn.RECEIVED_BY);

  /** Every value a parameter. */
  private static final String PLACEHOLDERS = placeholders(false);

  /** The change number drawn by the statement itself. */
  private static final String PLACEHOLDERS_DRAWING_CHANGE = placeholders(true);

  /** The current version's position and who received it, as stored. */
  private record Current(
      int version,
      Timestamp modified,
      String originator,
      String selectorType,
      String selectorKey,
      List<String> receivedBy) {}

  private final JdbcClient jdbc;

  ReceivedVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  IndicatorRegistry.Reception receive(
      Indicator version, AgencyId receivedBy, String originNode, String partner) {
    String id = version.id().value();
    Optional<Current> current = current(id);
    if (current.isPresent()
        && (!current.get().originator().equals(version.originator().value())
            || !current.get().selectorType().equals(version.selector().type().code())
            || !current.get().selectorKey().equals(version.selector().canonical()))) {
      return IndicatorRegistry.Reception.CONFLICT;
    }
    if (current.isEmpty() && takenByAnother(version)) {
      return IndicatorRegistry.Reception.CONFLICT;
    }
    String agency = receivedBy.value();
    Object[] values = values(version, 0, originNode, partner, new String[] {agency});
    VersionWriters.enter(jdbc);
    Optional<Long> changeSeq =
        jdbc.sql(
                "INSERT INTO indicator_version ("
                    + COLUMNS
                    + ") VALUES ("
                    + PLACEHOLDERS_DRAWING_CHANGE
                    + ") ON CONFLICT (id, version) DO NOTHING RETURNING change_seq")
            .params(withoutChangeSeq(values))
            .query(Long.class)
            .optional();
    if (changeSeq.isEmpty()) {
      if (!version.marking().tlp().isAtLeastAsStrictAs(Tlp.AMBER)) {
        return IndicatorRegistry.Reception.UNCHANGED;
      }
      jdbc.sql(
              "UPDATE indicator_version SET received_by = array_append(received_by, ?)"
                  + " WHERE id = ? AND version = ? AND NOT (? = ANY(received_by))")
          .params(agency, id, version.version(), agency)
          .update();
      addReceiver(id, agency, current.isPresent() ? current : current(id));
      return IndicatorRegistry.Reception.UNCHANGED;
    }
    values[CHANGE_SEQ] = changeSeq.get();
    if (current.isEmpty()) {
      int created =
          jdbc.sql(
                  "INSERT INTO indicator ("
                      + COLUMNS
                      + ") VALUES ("
                      + PLACEHOLDERS
                      + ") ON CONFLICT (id) DO NOTHING")
              .params(values)
              .update();
      if (created == 1) {
        return IndicatorRegistry.Reception.STORED;
      }
      current = current(id);
    }
    Current now = current.orElseThrow();
    Timestamp modified = Timestamp.from(version.modified());
    int order = modified.compareTo(now.modified());
    if (order > 0 || (order == 0 && version.version() > now.version())) {
      String[] receivers = union(now.receivedBy(), agency);
      values[RECEIVED_BY] = receivers;
      jdbc.sql("UPDATE indicator SET (" + COLUMNS + ") = (" + PLACEHOLDERS + ") WHERE id = ?")
          .params(append(values, id))
          .update();
    } else {
      addReceiver(id, agency, Optional.of(now));
    }
    return IndicatorRegistry.Reception.STORED;
  }

  /**
   * The versions of these indicators that {@code agency} pulling again would not change: those it
   * received already, and every TLP:CLEAR and GREEN one, whose receivers do not decide who sees it.
   */
  Set<String> heldBy(AgencyId agency, List<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Set<String> held = new HashSet<>();
    jdbc.sql(
            "SELECT id, modified FROM indicator_version WHERE id = ANY(?)"
                + " AND (? = ANY(received_by) OR tlp IN ('clear', 'green'))")
        .params(ids.toArray(String[]::new), agency.value())
        .query(
            (rs, row) ->
                held.add(
                    IndicatorRegistry.versionKey(rs.getString(1), rs.getTimestamp(2).toInstant())))
        .list();
    return held;
  }

  /** Adds a receiving agency to the current row; a change the watch list picks up. */
  private void addReceiver(String id, String agency, Optional<Current> current) {
    if (current.isPresent() && !current.get().receivedBy().contains(agency)) {
      jdbc.sql(
              "UPDATE indicator SET received_by = array_append(received_by, ?), change_seq = ?"
                  + " WHERE id = ? AND NOT (? = ANY(received_by))")
          .params(agency, nextChange(), id, agency)
          .update();
    }
  }

  private Optional<Current> current(String id) {
    return jdbc.sql(
            "SELECT "
                + IndicatorColumn.names(
                    List.of(
                        IndicatorColumn.VERSION,
                        IndicatorColumn.MODIFIED,
                        IndicatorColumn.ORIGINATOR,
                        IndicatorColumn.SELECTOR_TYPE,
                        IndicatorColumn.SELECTOR_KEY,
                        IndicatorColumn.RECEIVED_BY))
                + " FROM indicator WHERE id = ? FOR UPDATE")
        .param(id)
        .query(
            (rs, row) ->
                new Current(
                    rs.getInt(1),
                    rs.getTimestamp(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    Arrays.asList((String[]) rs.getArray(6).getArray())))
        .optional();
  }

  private boolean takenByAnother(Indicator version) {
    return jdbc.sql(
                "SELECT count(*) FROM indicator WHERE originator = ? AND selector_type = ?"
                    + " AND selector_key = ? AND id <> ?")
            .params(
                version.originator().value(),
                version.selector().type().code(),
                version.selector().canonical(),
                version.id().value())
            .query(Long.class)
            .single()
        > 0;
  }

  private long nextChange() {
    return jdbc.sql("SELECT nextval('indicator_change_seq')").query(Long.class).single();
  }

  private static String[] union(List<String> receivers, String agency) {
    if (receivers.contains(agency)) {
      return receivers.toArray(String[]::new);
    }
    String[] all = receivers.toArray(new String[receivers.size() + 1]);
    all[receivers.size()] = agency;
    return all;
  }

  private static Object[] values(
      Indicator indicator, long changeSeq, String originNode, String partner, String[] receivers) {
    Object[] values = Arrays.copyOf(IndicatorRows.rowValues(indicator, changeSeq), RECEIVED.size());
    values[ORIGIN_NODE] = originNode;
    values[RECEIVED_FROM] = partner;
    values[RECEIVED_BY] = receivers;
    return values;
  }

  private static String placeholders(boolean drawChange) {
    StringJoiner joiner = new StringJoiner(", ");
    for (IndicatorColumn column : RECEIVED) {
      joiner.add(
          column == IndicatorColumn.CHANGE_SEQ && drawChange
              ? "nextval('indicator_change_seq')"
              : column.placeholder());
    }
    return joiner.toString();
  }

  private static Object[] withoutChangeSeq(Object[] values) {
    Object[] without = new Object[values.length - 1];
    System.arraycopy(values, 0, without, 0, CHANGE_SEQ);
    System.arraycopy(values, CHANGE_SEQ + 1, without, CHANGE_SEQ, values.length - CHANGE_SEQ - 1);
    return without;
  }

  private static Object[] append(Object[] values, Object last) {
    Object[] all = Arrays.copyOf(values, values.length + 1);
    all[values.length] = last;
    return all;
  }
}
