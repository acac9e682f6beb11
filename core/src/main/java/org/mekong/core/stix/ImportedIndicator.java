package org.mekong.core.stix;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Selector;

/**
 * What Mekong takes from another producer's STIX indicator: the selector, categories, confidence,
 * markings, validity and revocation, the producer's id and version as given, and notes on every
 * default applied or detail left out.
 *
 * @param stixId the indicator's STIX id, as given
 * @param createdByRef the producer's identity id, if given
 * @param created the first version's time
 * @param modified this version's time
 * @param version Mekong's version number when a Mekong node produced it, else {@code null}
 * @param recipients the agencies named by a Mekong producer (empty otherwise)
 * @param notes the defaults applied and what was left out, one sentence each
 */
public record ImportedIndicator(
    String stixId,
    @Nullable String createdByRef,
    Instant created,
    Instant modified,
    Selector selector,
    Set<Category> categories,
    int confidence,
    Tlp tlp,
    Handling handling,
    Evaluation evaluation,
    Set<AgencyId> recipients,
    Instant validFrom,
    @Nullable Instant validUntil,
    boolean revoked,
    @Nullable String name,
    @Nullable String description,
    List<ExternalReference> externalReferences,
    @Nullable Integer version,
    List<String> notes) {

  public ImportedIndicator {
    requireNonNull(selector, "selector");
    requireNonNull(tlp, "tlp");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("an imported indicator has at least one category");
    }
    categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence is 0-100, was " + confidence);
    }
    TreeSet<AgencyId> sorted = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    sorted.addAll(recipients);
    recipients = Collections.unmodifiableSortedSet(sorted);
    externalReferences = List.copyOf(externalReferences);
    notes = List.copyOf(notes);
  }

  /** The marking these parts make, or why they make none (e.g. TLP:RED naming nobody). */
  public MarkingCheck marking() {
    return Marking.check(tlp, handling, evaluation, recipients);
  }

  /**
   * The draft to publish on this node under {@code marking} (usually {@link #marking()}'s, or a
   * stricter one the node chooses when that check fails).
   */
  public IndicatorDraft draft(Marking marking) {
    return new IndicatorDraft(
        selector,
        categories,
        confidence,
        marking,
        validFrom,
        validUntil,
        description,
        externalReferences);
  }
}
