package org.mekong.core.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorDraft;

/**
 * The items of a world in order: the planted cases, then new selectors, about one in twenty of them
 * published by two or three agencies one after the other. Holds at most a few items at once.
 */
final class WorldIterator implements Iterator<PublishedItem> {

  /** Separates the attribute stream from the selector stream of the same seed. */
  private static final long ATTRIBUTES = 0x4d656b6f6e67L;

  private static final long SHARED_PERCENT = 5;
  private static final Duration MAX_AGE = Duration.ofDays(180);

  private final RandomGenerator random;
  private final ItemFactory factory;
  private final MarkingGenerator markings;
  private final Instant anchor;
  private final long count;
  private final ArrayDeque<PublishedItem> pending = new ArrayDeque<>();
  private long emitted;

  WorldIterator(long seed, long count, Instant anchor) {
    if (count < 0) {
      throw new IllegalArgumentException("the number of indicators is not negative: " + count);
    }
    SyntheticSelectors selectors = new SyntheticSelectors(seed);
    pending.addAll(PlantedCases.make(selectors, anchor).all());
    this.random = new SplittableRandom(Permutation.mix64(seed ^ ATTRIBUTES));
    this.factory = new ItemFactory(random, selectors);
    this.markings = new MarkingGenerator(random);
    this.anchor = anchor;
    this.count = count;
  }

  @Override
  public boolean hasNext() {
    return emitted < count;
  }

  @Override
  public PublishedItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (pending.isEmpty()) {
      refill();
    }
    emitted++;
    return pending.removeFirst();
  }

  private void refill() {
    ItemFactory.Subject subject = factory.next();
    List<AgencyId> originators = new ArrayList<>(List.of(subject.publisher()));
    if (random.nextInt(100) < SHARED_PERCENT) {
      List<AgencyId> others = new ArrayList<>(SyntheticWorld.PUBLISHERS);
      others.remove(subject.publisher());
      int extra = 1 + random.nextInt(2);
      for (int i = 0; i < extra; i++) {
        originators.add(others.remove(random.nextInt(others.size())));
      }
    }
    for (AgencyId originator : originators) {
      pending.addLast(item(subject, originator));
    }
  }

  private PublishedItem item(ItemFactory.Subject subject, AgencyId originator) {
    Instant validFrom = anchor.minusSeconds(random.nextLong(MAX_AGE.toSeconds()));
    @Nullable Instant validUntil =
        random.nextInt(10) < 3 ? null : validFrom.plus(Duration.ofDays(90 + random.nextInt(640)));
    Category first = subject.categories().iterator().next();
    @Nullable String description = random.nextInt(100) < 85 ? Descriptions.of(first, random) : null;
    IndicatorDraft draft =
        new IndicatorDraft(
            subject.spelled().selector(),
            subject.categories(),
            30 + random.nextInt(66),
            markings.next(originator),
            validFrom,
            validUntil,
            description,
            List.of());
    return new PublishedItem(originator, draft);
  }
}
