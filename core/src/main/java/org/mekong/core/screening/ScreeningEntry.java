package org.mekong.core.screening;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Selector;

/**
 * What a screening hit names: one indicator visible to the screening client, with the facts that
 * explain the hit.
 *
 * @param indicator the indicator's STIX id
 * @param selector the indicator's selector, in canonical form
 * @param categories what the indicator is evidence of, at least one
 * @param confidence the effective confidence, 0–100
 * @param tlp the indicator's TLP marking
 * @param originator the originating agency, or {@code null} when the markings withhold it
 */
public record ScreeningEntry(
    IndicatorId indicator,
    Selector selector,
    Set<Category> categories,
    int confidence,
    Tlp tlp,
    @Nullable AgencyId originator) {

  /** What is shown for an originator the markings withhold. */
  public static final String WITHHELD = "withheld";

  public ScreeningEntry {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("an entry has at least one category: " + indicator);
    }
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence is 0-100, was " + confidence);
    }
    categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
  }

  /** The originating agency, when the markings let the client see it. */
  public Optional<AgencyId> visibleOriginator() {
    return Optional.ofNullable(originator);
  }

  /** The originating agency's id, or {@value #WITHHELD}. */
  public String originatorLabel() {
    return originator == null ? WITHHELD : originator.value();
  }
}
