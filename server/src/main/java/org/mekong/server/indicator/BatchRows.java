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

  static final String COLUMNS =
      "id, version, selector_type, selector_key, selector_id, categories, confidence, tlp,"
          + " handling, restrictions, evaluation, recipients, originator, description,"
          + " external_refs, valid_from, valid_until, revoked, created, modified, change_seq";

  /** The batch's rows, as new versions, for {@code COPY}. */
  static RowCopy rows(Batch batch) {
    RowCopy copy = new RowCopy();
    for (int i = 0; i < batch.rows.size(); i++) {
      Row row = batch.rows.get(i);
      copy.field(row.id())
          .field(batch.version.get(i))
          .field(row.type())
          .field(row.key())
          .field(row.selectorId())
          .array(row.categories())
          .field(row.confidence())
          .field(row.marking().tlp())
          .array(row.marking().handling())
          .array(row.marking().restrictions())
          .field(row.marking().evaluation())
          .array(row.marking().recipients())
          .field(batch.originator.value())
          .field(row.description())
          .field(row.references())
          .field(batch.validFrom.get(i))
          .field(row.validUntil())
          .field(false)
          .field(batch.created.get(i))
          .field(batch.modified.get(i))
          .field(batch.changeSeq.get(i))
          .endRow();
    }
    return copy;
  }
}
