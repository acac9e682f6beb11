package org.mekong.server.indicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Marking;
import org.mekong.core.selector.SelectorId;

/**
 * The rows {@link BatchPublisher} writes: a draft's columns, the current row's content to compare
 * it with, and a batch of new versions as {@code COPY} text.
 */
final class BatchRows {

  private BatchRows() {}

  /** One row's columns, as the tables hold them. */
  record Row(
      String id,
      String type,
      String key,
      String selectorId,
      List<String> categories,
      int confidence,
      MarkingColumns marking,
      @Nullable String description,
      String references,
      @Nullable Instant validFrom,
      @Nullable Instant validUntil) {

    static Row of(
        IndicatorId id,
        SelectorId selectorId,
        IndicatorDraft draft,
        List<String> categories,
        MarkingColumns marking) {
      return new Row(
          id.value(),
          draft.selector().type().code(),
          draft.selector().canonical(),
          selectorId.value(),
          categories,
          draft.confidence(),
          marking,
          draft.description(),
          draft.externalReferences().isEmpty()
              ? "[]"
              : IndicatorRows.referencesJson(draft.externalReferences()),
          draft.validFrom(),
          draft.validUntil());
    }
  }

  /** The columns a marking fills; the drafts of one import usually share one marking. */
  record MarkingColumns(
      String tlp,
      List<String> handling,
      List<String> restrictions,
      String restrictionsJson,
      String evaluation,
      List<String> recipients) {

    static MarkingColumns of(Marking marking) {
      List<String> restrictions = List.of(IndicatorRows.restrictions(marking));
      return new MarkingColumns(
          marking.tlp().code(),
          List.of(IndicatorRows.handlingCodes(marking)),
          restrictions,
          restrictions.isEmpty()
              ? "[]"
              : IndicatorRows.JSON_ARRAY.apply(restrictions.toArray(String[]::new)),
          marking.evaluation().code(),
          List.of(IndicatorRows.recipients(marking)));
    }
  }

  /**
   * What a draft can change, as the current row holds it: arrays joined by commas (codes hold
   * none), JSON as stored.
   */
  record Content(
      String categories,
      int confidence,
      String tlp,
      String handling,
      String restrictions,
      String evaluation,
      String recipients,
      @Nullable String description,
      String references,
      @Nullable Instant validUntil) {

    /** Whether {@code row} would publish this same content again. */
    boolean sameAs(Row row, Instant currentValidFrom, Instant rowValidFrom) {
      MarkingColumns marking = row.marking();
      return confidence == row.confidence()
          && tlp.equals(marking.tlp())
          && evaluation.equals(marking.evaluation())
          && rowValidFrom.equals(currentValidFrom)
          && Objects.equals(validUntil, row.validUntil())
          && Objects.equals(description, row.description())
          && joined(categories, row.categories())
          && joined(handling, marking.handling())
          && joined(recipients, marking.recipients())
          && sameJson(restrictions, marking.restrictionsJson())
          && sameJson(references, row.references());
    }

    /** Whether {@code joined} is {@code parts} joined by commas, without joining them. */
    private static boolean joined(String joined, List<String> parts) {
      int at = 0;
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) {
          if (at >= joined.length() || joined.charAt(at) != ',') {
            return false;
          }
          at++;
        }
        String part = parts.get(i);
        if (!joined.startsWith(part, at)) {
          return false;
        }
        at += part.length();
      }
      return at == joined.length();
    }

    private static boolean sameJson(String stored, String given) {
      return stored.equals(given)
          || IndicatorRows.normaliseJson(stored).equals(IndicatorRows.normaliseJson(given));
    }
  }

  /** New versions for one {@code COPY}: the rows and what each version adds to its row. */
  static final class Batch {
    private final AgencyId originator;
    final List<Row> rows = new ArrayList<>();
    final List<Integer> version = new ArrayList<>();
    final List<Instant> validFrom = new ArrayList<>();
    final List<Instant> created = new ArrayList<>();
    final List<Instant> modified = new ArrayList<>();
    final List<Long> changeSeq = new ArrayList<>();

    Batch(AgencyId originator) {
      this.originator = originator;
    }

    void add(
        Row row, int newVersion, Instant from, Instant createdAt, Instant modifiedAt, long seq) {
      rows.add(row);
      version.add(newVersion);
      validFrom.add(from);
      created.add(createdAt);
      modified.add(modifiedAt);
      changeSeq.add(seq);
    }

    boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  /** The columns of {@link #rows}, in order: a published version's ({@link IndicatorRows}). */
  static final String COLUMNS = IndicatorRows.COLUMNS;

  private static final IndicatorColumn[] WRITTEN =
      IndicatorColumn.WRITTEN.toArray(IndicatorColumn[]::new);

  /** The batch's rows, as new versions, for {@code COPY}. */
  static RowCopy rows(Batch batch) {
    RowCopy copy = new RowCopy();
    String originator = batch.originator.value();
    for (int i = 0; i < batch.rows.size(); i++) {
      Row row = batch.rows.get(i);
      for (IndicatorColumn column : WRITTEN) {
        switch (column) {
          case ID -> copy.field(row.id());
          case VERSION -> copy.field(batch.version.get(i));
          case SELECTOR_TYPE -> copy.field(row.type());
          case SELECTOR_KEY -> copy.field(row.key());
          case SELECTOR_ID -> copy.field(row.selectorId());
          case CATEGORIES -> copy.array(row.categories());
          case CONFIDENCE -> copy.field(row.confidence());
          case TLP -> copy.field(row.marking().tlp());
          case HANDLING -> copy.array(row.marking().handling());
          case RESTRICTIONS -> copy.array(row.marking().restrictions());
          case EVALUATION -> copy.field(row.marking().evaluation());
          case RECIPIENTS -> copy.array(row.marking().recipients());
          case ORIGINATOR -> copy.field(originator);
          case DESCRIPTION -> copy.field(row.description());
          case EXTERNAL_REFS -> copy.field(row.references());
          case VALID_FROM -> copy.field(batch.validFrom.get(i));
          case VALID_UNTIL -> copy.field(row.validUntil());
          case REVOKED -> copy.field(false);
          case CREATED -> copy.field(batch.created.get(i));
          case MODIFIED -> copy.field(batch.modified.get(i));
          case CHANGE_SEQ -> copy.field(batch.changeSeq.get(i));
          case SEEN,
              FALSE_POSITIVE,
              TRUE_POSITIVE,
              EXPIRED,
              LAST_SIGHTED,
              DATE_ADDED,
              ORIGIN_NODE,
              RECEIVED_FROM,
              RECEIVED_BY ->
              throw new IllegalStateException(column + " is not copied with a new version");
        }
      }
      copy.endRow();
    }
    return copy;
  }
}
