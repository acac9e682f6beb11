package org.mekong.server.indicator;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
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

  private static final String COLUMNS =
      "id, version, selector_type, selector_key, selector_id, categories, confidence, tlp,"
          + " handling, restrictions, evaluation, recipients, originator, description,"
          + " external_refs, valid_from, valid_until, revoked, created, modified, change_seq,"
          + " origin_node, received_from, received_by";
  private static final String PLACEHOLDERS =
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?";

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
    Object[] values = values(version, nextChange(), originNode, partner, new String[] {agency});
    int inserted =
        jdbc.sql(
                "INSERT INTO indicator_version ("
                    + COLUMNS
                    + ") VALUES ("
                    + PLACEHOLDERS
                    + ") ON CONFLICT (id, version) DO NOTHING")
            .params(values)
            .update();
    if (inserted == 0) {
      jdbc.sql(
              "UPDATE indicator_version SET received_by = array_append(received_by, ?)"
                  + " WHERE id = ? AND version = ? AND NOT (? = ANY(received_by))")
          .params(agency, id, version.version(), agency)
          .update();
      addReceiver(id, agency, current.isPresent() ? current : current(id));
      return IndicatorRegistry.Reception.UNCHANGED;
    }
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
      values[values.length - 1] = receivers;
      jdbc.sql("UPDATE indicator SET (" + COLUMNS + ") = (" + PLACEHOLDERS + ") WHERE id = ?")
          .params(append(values, id))
          .update();
    } else {
      addReceiver(id, agency, Optional.of(now));
    }
    return IndicatorRegistry.Reception.STORED;
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
            "SELECT version, modified, originator, selector_type, selector_key, received_by"
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
    return new Object[] {
      indicator.id().value(),
      indicator.version(),
      indicator.selector().type().code(),
      indicator.selector().canonical(),
      indicator.selector().id().value(),
      IndicatorRows.categoryCodes(indicator.categories()),
      indicator.confidence(),
      indicator.marking().tlp().code(),
      IndicatorRows.handlingCodes(indicator.marking()),
      IndicatorRows.restrictions(indicator.marking()),
      indicator.marking().evaluation().code(),
      IndicatorRows.recipients(indicator.marking()),
      indicator.originator().value(),
      indicator.description(),
      IndicatorRows.referencesJson(indicator.externalReferences()),
      Timestamp.from(indicator.validFrom()),
      IndicatorRows.timestamp(indicator.validUntil()),
      indicator.revoked(),
      Timestamp.from(indicator.created()),
      Timestamp.from(indicator.modified()),
      changeSeq,
      originNode,
      partner,
      receivers
    };
  }

  private static Object[] append(Object[] values, Object last) {
    Object[] all = Arrays.copyOf(values, values.length + 1);
    all[values.length] = last;
    return all;
  }
}
