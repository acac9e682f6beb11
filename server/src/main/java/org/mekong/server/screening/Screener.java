package org.mekong.server.screening;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.scoring.Score;
import org.mekong.core.screening.scoring.ScoringRule;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;
import org.mekong.core.selector.phone.PhoneFastPath;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.server.sharing.SharingPolicies;
import org.springframework.stereotype.Service;

/**
 * Screens selectors for one client at a time: against the node-wide watch list, passing only the
 * hits the client may see, scored by the node's {@link ScoringRule}.
 */
@Service
class Screener {

  /** The outcome of screening one item. */
  sealed interface ItemOutcome {

    /** The item is no selector; the reason says why. */
    record Invalid(String reason) implements ItemOutcome {}

    /** The item's canonical form, its visible hits (maybe none) and their score. */
    record Screened(String canonical, List<ScreeningHit> hits, Score score)
        implements ItemOutcome {}
  }

  private final NodeWatchList watchList;
  private final WatchListSync sync;
  private final SharingPolicies policies;
  private final ScoringRule rule;

  Screener(
      NodeWatchList watchList, WatchListSync sync, SharingPolicies policies, ScoringRule rule) {
    this.watchList = watchList;
    this.sync = sync;
    this.policies = policies;
    this.rule = rule;
  }

  /** The scoring rule in force. */
  ScoringRule rule() {
    return rule;
  }

  /** What {@code viewer} may see of the watch list now: a selector's visible hits. */
  Function<Selector, List<ScreeningHit>> visibleTo(Agency viewer) {
    requireReady();
    SharingPolicy policy = policies.current();
    Instant now = Instant.now();
    return selector -> watchList.screen(viewer, policy, selector, now);
  }

  /** Screens one raw item for a viewer, given a function from {@link #visibleTo}. */
  ItemOutcome screenItem(
      Function<Selector, List<ScreeningHit>> visible,
      String raw,
      @Nullable SelectorType type,
      @Nullable String region) {
    if ((type == null || type == SelectorType.PHONE) && raw.startsWith("+")) {
      long digits = PhoneFastPath.instance().e164Digits(raw);
      if (digits != PhoneFastPath.INVALID && !watchList.mayHitPhone(digits)) {
        return new ItemOutcome.Screened(PhoneFastPath.format(digits), List.of(), Score.NONE);
      }
    }
    return switch (Selectors.parse(raw, type, region)) {
      case Parsed.Valid valid -> {
        List<ScreeningHit> hits = visible.apply(valid.selector());
        yield new ItemOutcome.Screened(valid.selector().canonical(), hits, rule.score(hits));
      }
      case Parsed.Invalid invalid -> new ItemOutcome.Invalid(invalid.reason());
      case Parsed.Ambiguous ambiguous -> new ItemOutcome.Invalid(ambiguous.reason());
    };
  }

  /** Throws unless the start-up build of the watch list has finished. */
  void requireReady() {
    if (!sync.ready()) {
      throw new ScreeningNotReadyException(sync.loaded());
    }
  }
}
