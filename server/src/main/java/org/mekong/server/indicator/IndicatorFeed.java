package org.mekong.server.indicator;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mekong.core.indicator.IndicatorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current indicators as a stream and a feed of changes, for the in-memory structures that
 * mirror the registry (the screening watch list). Every write of an indicator gives its row a new
 * {@code change_seq}; a reader that has applied every change up to a sequence number asks for the
 * rows above it. No visibility filtering: readers apply the sharing policy themselves.
 */
@Repository
public class IndicatorFeed {

  private static final int FETCH_SIZE = 10_000;

  private final JdbcClient jdbc;
  private final TransactionTemplate readOnly;

  IndicatorFeed(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  /**
   * Where the change sequence stands: the highest change number handed out so far and the
   * transactions that may still commit changes. A change numbered at or below {@code lastChange} is
   * visible to every query once no transaction older than {@code xmax} is running.
   *
   * @param xmin the oldest transaction still running
   * @param xmax the first transaction id not yet assigned
   * @param lastChange the highest change number handed out, 0 when none
   */
  public record Watermark(long xmin, long xmax, long lastChange) {}

  /**
   * Published inside a transaction that wrote these current versions (not revoked ones), each with
   * the change number it was written under. A reader that mirrors the registry may take them after
   * the commit ({@code @TransactionalEventListener}) instead of reading the rows back, but only for
   * a change number the feed still lists as current: a version handed over late may already have
   * been replaced.
   */
  public record Written(List<StoredIndicator> indicators) {
    public Written {
      indicators = List.copyOf(indicators);
    }
  }

  /** The watermark now. */
  public Watermark watermark() {
    return jdbc.sql(
            "SELECT pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint,"
                + " (SELECT CASE WHEN is_called THEN last_value ELSE 0 END"
                + " FROM indicator_change_seq)"
                + " FROM pg_current_snapshot() s")
        .query((rs, row) -> new Watermark(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  /** Streams every indicator that is not revoked, in one consistent snapshot. */
  public void forEachCurrent(Consumer<StoredIndicator> sink) {
    readOnly.executeWithoutResult(
        status ->
            jdbc.sql("SELECT * FROM indicator WHERE NOT revoked")
                .withFetchSize(FETCH_SIZE)
                .query(
                    (org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> sink.accept(IndicatorRows.stored(rs))));
  }

  /** The change numbers above {@code after}, ascending, at most {@code limit}. */
  public List<Long> changesAfter(long after, int limit) {
    return jdbc.sql(
            "SELECT change_seq FROM indicator WHERE change_seq > ? ORDER BY change_seq LIMIT ?")
        .params(after, limit)
        .query(Long.class)
        .list();
  }

  /** The indicators (revoked ones too) whose current change number is one of {@code changes}. */
  public List<StoredIndicator> byChanges(List<Long> changes) {
    return jdbc.sql("SELECT * FROM indicator WHERE change_seq = ANY(?)")
        .param(changes.stream().mapToLong(Long::longValue).boxed().toArray(Long[]::new))
        .query((rs, row) -> IndicatorRows.stored(rs))
        .list();
  }

  /** One indicator as stored, if it exists. */
  public Optional<StoredIndicator> find(IndicatorId id) {
    return jdbc.sql("SELECT * FROM indicator WHERE id = ?")
        .param(id.value())
        .query((rs, row) -> IndicatorRows.stored(rs))
        .optional();
  }
}
