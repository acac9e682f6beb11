package org.mekong.server.indicator;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.indicator.SightingKind;
import org.mekong.core.indicator.SightingRule;
import org.mekong.core.indicator.SightingWeight;
import org.mekong.server.database.VersionWriters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores indicators: every version in {@code indicator_version}, the current one in {@code
 * indicator}. Publishing is idempotent: a draft that says what the current version says changes
 * nothing.
 */
@Repository
class IndicatorStore {

  private final JdbcClient jdbc;
  private final NodeSecret secret;

  IndicatorStore(JdbcClient jdbc, NodeSecret secret) {
    this.jdbc = jdbc;
    this.secret = secret;
  }

  /** Publishes a draft as the originator's indicator on its selector. */
  @Transactional
  PublishOutcome publish(AgencyId originator, IndicatorDraft draft) {
    IndicatorId id = secret.indicatorId(originator, draft.selector().id());
    Optional<Indicator> current = findForUpdate(id);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (current.isEmpty()) {
      Indicator created =
          draft.asVersion(
              id, originator, draft.validFrom() != null ? draft.validFrom() : now, now, now, 1);
      write(created, true);
      return new PublishOutcome.Created(created);
    }
    Indicator previous = current.get();
    if (previous.revoked()) {
      throw new IndicatorRevokedException(id.value());
    }
    Instant validFrom = draft.validFrom() != null ? draft.validFrom() : previous.validFrom();
    if (sameContent(previous, draft, validFrom)) {
      return new PublishOutcome.Unchanged(previous);
    }
    Indicator next =
        draft.asVersion(
            id,
            originator,
            validFrom,
            previous.created(),
            later(now, previous.modified()),
            previous.version() + 1);
    write(next, false);
    return new PublishOutcome.Updated(next);
  }

  /** Writes a revoked version of the indicator. */
  @Transactional
  Indicator revoke(IndicatorId id) {
    Indicator previous =
        findForUpdate(id).orElseThrow(() -> new IndicatorNotFoundException(id.value()));
    if (previous.revoked()) {
      return previous;
    }
    Indicator revoked =
        new Indicator(
            id,
            previous.selector(),
            previous.categories(),
            previous.confidence(),
            previous.marking(),
            previous.originator(),
            previous.validFrom(),
            previous.validUntil(),
            previous.description(),
            previous.externalReferences(),
            previous.created(),
            later(Instant.now().truncatedTo(ChronoUnit.MICROS), previous.modified()),
            previous.version() + 1,
            true);
    write(revoked, false);
    return revoked;
  }

  Optional<StoredIndicator> find(IndicatorId id) {
    return jdbc.sql("SELECT * FROM indicator WHERE id = ?")
        .param(id.value())
        .query((rs, row) -> IndicatorRows.stored(rs))
        .optional();
  }

  /** Every indicator on a selector: the correlation index. */
  List<StoredIndicator> onSelector(String type, String canonical) {
    return jdbc.sql("SELECT * FROM indicator WHERE selector_key = ? AND selector_type = ?")
        .params(canonical, type)
        .query((rs, row) -> IndicatorRows.stored(rs))
        .list();
  }

  /** Every version of an indicator, newest first. */
  List<Indicator> history(IndicatorId id) {
    return jdbc.sql(
            "SELECT "
                + IndicatorRows.COLUMNS
                + " FROM indicator_version WHERE id = ? ORDER BY version DESC")
        .param(id.value())
        .query((rs, row) -> IndicatorRows.indicator(rs))
        .list();
  }

  /** One page of a search, before visibility filtering, newest change first. */
  List<StoredIndicator> scan(IndicatorQuery query, AgencyId viewer, long beforeChange, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT * FROM indicator WHERE change_seq < :before"
                + " AND (originator = :viewer OR tlp <> 'red' OR :viewer = ANY(recipients)"
                + " OR :viewer = ANY(received_by))");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("before", beforeChange);
    params.put("viewer", viewer.value());
    if (!query.includeRevoked()) {
      sql.append(" AND NOT revoked");
    }
    if (query.type() != null) {
      sql.append(" AND selector_type = :type");
      params.put("type", query.type());
    }
    if (query.selectorKey() != null) {
      sql.append(" AND selector_key = :key");
      params.put("key", query.selectorKey());
    }
    if (!query.anyOf().isEmpty()) {
      StringBuilder any = new StringBuilder();
      for (int i = 0; i < query.anyOf().size(); i++) {
        any.append(i == 0 ? "" : " OR ").append("(selector_key = :anyKey").append(i);
        any.append(" AND selector_type = :anyType").append(i).append(')');
        params.put("anyKey" + i, query.anyOf().get(i).canonical());
        params.put("anyType" + i, query.anyOf().get(i).type());
      }
      sql.append(" AND (").append(any).append(')');
    }
    if (query.category() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM unnest(categories) c WHERE c = :category OR c LIKE :prefix)");
      params.put("category", query.category());
      params.put("prefix", query.category() + ".%");
    }
    if (query.modifiedSince() != null) {
      sql.append(" AND modified >= :since");
      params.put("since", Timestamp.from(query.modifiedSince()));
    }
    if (query.text() != null) {
      sql.append(" AND (selector_key LIKE :text OR description ILIKE :text)");
      params.put(
          "text",
          "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    sql.append(" ORDER BY change_seq DESC LIMIT :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString())
        .params(params)
        .query((rs, row) -> IndicatorRows.stored(rs))
        .list();
  }

  /**
   * Records a sighting from {@code agency} and, if it weighs by {@link SightingRule}, counts it on
   * the indicator. The indicator's row is locked first, so that concurrent repeats from one agency
   * are weighed one after the other.
   */
  @Transactional
  SightingWeight sight(
      IndicatorId id,
      SightingKind kind,
      AgencyId agency,
      boolean byOriginator,
      boolean anonymous,
      Instant observedAt,
      @Nullable String note) {
    jdbc.sql("SELECT 1 FROM indicator WHERE id = ? FOR UPDATE").param(id.value()).query().rowSet();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    SightingWeight weight =
        jdbc.sql(
                "SELECT max(recorded_at) FILTER (WHERE weight <> 'duplicate'),"
                    + " count(*) FILTER (WHERE weight = 'weighed')"
                    + " FROM sighting WHERE indicator_id = ? AND agency = ? AND kind = ?")
            .params(id.value(), agency.value(), kind.code())
            .query(
                (rs, row) ->
                    SightingRule.weigh(
                        byOriginator,
                        IndicatorRows.nullableInstant(rs.getTimestamp(1)),
                        rs.getLong(2),
                        now))
            .single();
    jdbc.sql(
            "INSERT INTO sighting (id, indicator_id, kind, reporter, anonymous, observed_at, note,"
                + " recorded_at, agency, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            java.util.UUID.randomUUID(),
            id.value(),
            kind.code(),
            anonymous ? "" : agency.value(),
            anonymous,
            Timestamp.from(observedAt),
            note == null ? "" : note,
            Timestamp.from(now),
            agency.value(),
            weight.code())
        .update();
    if (weight == SightingWeight.DUPLICATE) {
      return weight;
    }
    String column =
        switch (kind) {
          case SEEN -> "seen";
          case FALSE_POSITIVE -> "false_positive";
          case TRUE_POSITIVE -> "true_positive";
          case EXPIRED -> "expired";
        };
    String increment = weight == SightingWeight.WEIGHED ? " + 1" : "";
    jdbc.sql(
            "UPDATE indicator SET "
                + column
                + " = "
                + column
                + increment
                + ", last_sighted = greatest(last_sighted, ?) WHERE id = ?")
        .params(Timestamp.from(observedAt), id.value())
        .update();
    return weight;
  }

  /** A sighting as stored. */
  record Sighting(
      String kind,
      String reporter,
      boolean anonymous,
      Instant observedAt,
      String note,
      Instant recordedAt,
      String weight) {}

  List<Sighting> sightings(IndicatorId id) {
    return jdbc.sql(
            "SELECT kind, reporter, anonymous, observed_at, note, recorded_at, weight FROM sighting"
                + " WHERE indicator_id = ? ORDER BY recorded_at DESC LIMIT 1000")
        .param(id.value())
        .query(
            (rs, row) ->
                new Sighting(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBoolean(3),
                    rs.getTimestamp(4).toInstant(),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getString(7)))
        .list();
  }

  private Optional<Indicator> findForUpdate(IndicatorId id) {
    return jdbc.sql("SELECT " + IndicatorRows.COLUMNS + " FROM indicator WHERE id = ? FOR UPDATE")
        .param(id.value())
        .query((rs, row) -> IndicatorRows.indicator(rs))
        .optional();
  }

  private void write(Indicator indicator, boolean isNew) {
    VersionWriters.enter(jdbc);
    long changeSeq = jdbc.sql("SELECT nextval('indicator_change_seq')").query(Long.class).single();
    Object[] values = IndicatorRows.rowValues(indicator, changeSeq);
    String columns = IndicatorRows.COLUMNS;
    String placeholders = IndicatorColumn.placeholders(IndicatorColumn.WRITTEN);
    jdbc.sql("INSERT INTO indicator_version (" + columns + ") VALUES (" + placeholders + ")")
        .params(values)
        .update();
    if (isNew) {
      jdbc.sql("INSERT INTO indicator (" + columns + ") VALUES (" + placeholders + ")")
          .params(values)
          .update();
    } else {
      jdbc.sql("UPDATE indicator SET (" + columns + ") = (" + placeholders + ") WHERE id = ?")
          .params(append(values, indicator.id().value()))
          .update();
    }
  }

  private static Object[] append(Object[] values, Object last) {
    Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
    all[values.length] = last;
    return all;
  }

  private static boolean sameContent(Indicator current, IndicatorDraft draft, Instant validFrom) {
    return current.categories().equals(draft.categories())
        && current.confidence() == draft.confidence()
        && current.marking().equals(draft.marking())
        && current.validFrom().equals(validFrom)
        && Objects.equals(current.validUntil(), draft.validUntil())
        && Objects.equals(current.description(), draft.description())
        && current.externalReferences().equals(draft.externalReferences());
  }

  private static Instant later(Instant now, Instant previous) {
    return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
  }
}
