package org.mekong.server.indicator;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.indicator.SightingCounts;
import org.mekong.core.marking.Marking;
import org.mekong.core.selector.SelectorId;
import org.mekong.server.database.VersionWriters;
import org.mekong.server.indicator.BatchRows.Batch;
import org.mekong.server.indicator.BatchRows.Content;
import org.mekong.server.indicator.BatchRows.MarkingColumns;
import org.mekong.server.indicator.BatchRows.Row;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes thousands of drafts in a handful of set-based statements: one read of the current
 * versions (those about to change read again, locked), then {@code COPY} of the new versions and
 * one update of the changed indicators from them; after commit, listeners get the versions written
 * ({@link IndicatorFeed.Written}). The outcome of each draft is exactly that of {@link
 * IndicatorStore#publish}: created, updated, unchanged, or refused because it was revoked.
 */
@Repository
class BatchPublisher {

  /** What a batch did. {@code revoked} holds the positions of drafts refused as revoked. */
  record Result(int created, int updated, int unchanged, List<Integer> revoked) {}

  private final JdbcClient jdbc;
  private final DataSource data;
  private final NodeSecret secret;
  private final ApplicationEventPublisher events;

  BatchPublisher(
      JdbcClient jdbc, DataSource data, NodeSecret secret, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.data = data;
    this.secret = secret;
    this.events = events;
  }

  /** The current version's columns, to compare with a draft, and what a new version keeps. */
  private record Current(
      int version,
      boolean revoked,
      Instant created,
      Instant modified,
      Instant validFrom,
      Content content,
      SightingCounts sightings,
      @Nullable Instant lastSighted) {

    /** Whether {@code row} differs from this version, so that publishing it makes a new one. */
    boolean publishes(Row row) {
      Instant rowValidFrom = row.validFrom() != null ? row.validFrom() : validFrom;
      return !content.sameAs(row, validFrom, rowValidFrom);
    }
  }

  @Transactional
  Result publish(AgencyId originator, List<IndicatorDraft> drafts) {
    List<Row> rows = new ArrayList<>(drafts.size());
    Map<Set<Category>, List<String>> categoryCodes = new HashMap<>();
    Map<Marking, MarkingColumns> markings = new HashMap<>();
    for (IndicatorDraft draft : drafts) {
      SelectorId selectorId = draft.selector().id();
      rows.add(
          Row.of(
              secret.indicatorId(originator, selectorId),
              selectorId,
              draft,
              categoryCodes.computeIfAbsent(
                  draft.categories(), c -> List.of(IndicatorRows.categoryCodes(c))),
              markings.computeIfAbsent(draft.marking(), MarkingColumns::of)));
    }
    List<StoredIndicator> written = new ArrayList<>();
    Map<String, Current> current = current(rows.stream().map(Row::id).toList(), false);
    // Unchanged rows are only read: locking them would write a lock into every row of a
    // re-import. Rows about to get a new version are read again, locked, before deciding.
    List<String> changing = new ArrayList<>();
    for (Row row : rows) {
      Current existing = current.get(row.id());
      if (existing != null && !existing.revoked() && existing.publishes(row)) {
        changing.add(row.id());
      }
    }
    if (!changing.isEmpty()) {
      current.putAll(current(changing, true));
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<Row> created = new ArrayList<>();
    List<IndicatorDraft> createdDrafts = new ArrayList<>();
    List<Row> updated = new ArrayList<>();
    List<IndicatorDraft> updatedDrafts = new ArrayList<>();
    List<Current> updatedFrom = new ArrayList<>();
    List<Integer> revoked = new ArrayList<>();
    int unchanged = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Current existing = current.get(row.id());
      if (existing == null) {
        created.add(row);
        createdDrafts.add(drafts.get(i));
      } else if (existing.revoked()) {
        revoked.add(i);
      } else if (!existing.publishes(row)) {
        unchanged++;
      } else {
        updated.add(row);
        updatedDrafts.add(drafts.get(i));
        updatedFrom.add(existing);
      }
    }
    List<Long> seq = sequence(created.size() + updated.size());
    Batch inserts = new Batch(originator);
    for (int i = 0; i < created.size(); i++) {
      Row row = created.get(i);
      Instant validFrom = row.validFrom() != null ? row.validFrom() : now;
      inserts.add(row, 1, validFrom, now, now, seq.get(i));
      written.add(
          stored(
              originator,
              createdDrafts.get(i),
              row,
              1,
              validFrom,
              now,
              now,
              SightingCounts.NONE,
              null,
              seq.get(i)));
    }
    Batch updates = new Batch(originator);
    for (int i = 0; i < updated.size(); i++) {
      Row row = updated.get(i);
      Current from = updatedFrom.get(i);
      Instant validFrom = row.validFrom() != null ? row.validFrom() : from.validFrom();
      Instant modified =
          now.isAfter(from.modified()) ? now : from.modified().plus(1, ChronoUnit.MICROS);
      long change = seq.get(created.size() + i);
      updates.add(row, from.version() + 1, validFrom, from.created(), modified, change);
      written.add(
          stored(
              originator,
              updatedDrafts.get(i),
              row,
              from.version() + 1,
              validFrom,
              from.created(),
              modified,
              from.sightings(),
              from.lastSighted(),
              change));
    }
    if (!inserts.isEmpty() || !updates.isEmpty()) {
      VersionWriters.enter(jdbc);
    }
    if (!inserts.isEmpty()) {
      RowCopy copied = BatchRows.rows(inserts);
      copied.into(data, "indicator_version", BatchRows.COLUMNS);
      copied.into(data, "indicator", BatchRows.COLUMNS);
    }
    if (!updates.isEmpty()) {
      BatchRows.rows(updates).into(data, "indicator_version", BatchRows.COLUMNS);
      update(updates);
    }
    if (!written.isEmpty()) {
      events.publishEvent(new IndicatorFeed.Written(written));
    }
    return new Result(created.size(), updated.size(), unchanged, revoked);
  }

  /** The current versions of {@code ids} that exist; {@code lock} locks their rows. */
  private Map<String, Current> current(List<String> ids, boolean lock) {
    Map<String, Current> current = new HashMap<>();
    jdbc.sql(
            "SELECT id, version, revoked, modified, valid_from, array_to_string(categories, ','),"
                + " confidence, tlp, array_to_string(handling, ','), to_jsonb(restrictions)::text,"
                + " evaluation, array_to_string(recipients, ','), description, external_refs::text,"
                + " valid_until, created, seen, false_positive, true_positive, expired,"
                + " last_sighted FROM indicator WHERE id = ANY(?)"
                + (lock ? " FOR UPDATE" : ""))
        .param(ids.toArray(String[]::new))
        .query(
            rs -> {
              Instant validFrom = rs.getTimestamp(5).toInstant();
              Timestamp validUntil = rs.getTimestamp(15);
              Content content =
                  new Content(
                      rs.getString(6),
                      rs.getInt(7),
                      rs.getString(8),
                      rs.getString(9),
                      rs.getString(10),
                      rs.getString(11),
                      rs.getString(12),
                      rs.getString(13),
                      rs.getString(14),
                      validUntil == null ? null : validUntil.toInstant());
              current.put(
                  rs.getString(1),
                  new Current(
                      rs.getInt(2),
                      rs.getBoolean(3),
                      rs.getTimestamp(16).toInstant(),
                      rs.getTimestamp(4).toInstant(),
                      validFrom,
                      content,
                      new SightingCounts(
                          rs.getLong(17), rs.getLong(18), rs.getLong(19), rs.getLong(20)),
                      IndicatorRows.nullableInstant(rs.getTimestamp(21))));
            });
    return current;
  }

  /** The version just written, as {@link IndicatorFeed} would read it back. */
  private static StoredIndicator stored(
      AgencyId originator,
      IndicatorDraft draft,
      Row row,
      int version,
      Instant validFrom,
      Instant created,
      Instant modified,
      SightingCounts sightings,
      @Nullable Instant lastSighted,
      long changeSeq) {
    return new StoredIndicator(
        draft.asVersion(
            new IndicatorId(row.id()), originator, validFrom, created, modified, version),
        sightings,
        lastSighted,
        changeSeq);
  }

  private List<Long> sequence(int count) {
    if (count == 0) {
      return List.of();
    }
    return jdbc.sql("SELECT nextval('indicator_change_seq') FROM generate_series(1, ?)")
        .param(count)
        .query(Long.class)
        .list();
  }

  /** Makes the versions just copied into {@code indicator_version} the current ones. */
  private void update(Batch batch) {
    jdbc.sql(
            "UPDATE indicator i SET (version, categories, confidence, tlp, handling, restrictions,"
                + " evaluation, recipients, description, external_refs, valid_from, valid_until,"
                + " modified, change_seq) = (v.version, v.categories, v.confidence, v.tlp,"
                + " v.handling, v.restrictions, v.evaluation, v.recipients, v.description,"
                + " v.external_refs, v.valid_from, v.valid_until, v.modified, v.change_seq)"
                + " FROM unnest(?::text[], ?::int[]) AS b(id, version)"
                + " JOIN indicator_version v ON v.id = b.id AND v.version = b.version"
                + " WHERE i.id = b.id")
        .params(
            batch.rows.stream().map(Row::id).toArray(String[]::new),
            batch.version.toArray(Integer[]::new))
        .update();
  }
}
