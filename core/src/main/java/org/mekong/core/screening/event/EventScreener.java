package org.mekong.core.screening.event;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.scoring.ScoringRule;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * Screens events and single items against a watch list and scores them. Never throws for bad input:
 * a field that is no valid selector is reported invalid and the rest of the event is screened. Safe
 * for concurrent use when the screening function is (a {@code WatchList}'s is).
 */
public final class EventScreener {

  private final Function<Selector, List<ScreeningHit>> screen;
  private final ScoringRule rule;
  private final @Nullable String region;

  /**
   * A screener over {@code screen} (a watch list's {@code screen}, already limited to what the
   * client may see), scoring by {@code rule}; {@code region} (ISO 3166 alpha-2, e.g. {@code TH}, or
   * {@code null}) is the default region of phone numbers written in national form.
   *
   * @throws IllegalArgumentException when {@code region} is no region of the phone numbering plan
   */
  public EventScreener(
      Function<Selector, List<ScreeningHit>> screen, ScoringRule rule, @Nullable String region) {
    this.screen = screen;
    this.rule = rule;
    this.region = checkRegion(region);
  }

  /** Screens every field of {@code event} and scores the event as a whole. */
  public EventResult screen(ScreeningEvent event) {
    List<EventField> fields = event.fields(region);
    List<FieldResult> results = new ArrayList<>(fields.size());
    List<ScreeningHit> hits = new ArrayList<>();
    for (EventField field : fields) {
      FieldOutcome outcome = outcome(field.raw(), field.type(), region);
      results.add(new FieldResult(field.role(), field.raw(), outcome));
      if (outcome instanceof FieldOutcome.Screened screened) {
        hits.addAll(screened.hits());
      }
    }
    return new EventResult(results, rule.score(hits));
  }

  /**
   * Screens one selector item of {@code type} (detected when {@code null}); {@code region} is the
   * default region for a national phone number, the screener's own when {@code null}.
   */
  public ItemResult screenItem(String raw, @Nullable SelectorType type, @Nullable String region) {
    return switch (outcome(raw, type, region == null ? this.region : region)) {
      case FieldOutcome.Invalid invalid ->
          new ItemResult(
              ItemResult.Verdict.INVALID, null, invalid.reason(), rule.score(List.of()), List.of());
      case FieldOutcome.Screened screened ->
          new ItemResult(
              screened.hits().isEmpty() ? ItemResult.Verdict.NO_HIT : ItemResult.Verdict.HIT,
              screened.selector(),
              null,
              rule.score(screened.hits()),
              screened.hits());
    };
  }

  private FieldOutcome outcome(String raw, @Nullable SelectorType type, @Nullable String region) {
    return switch (Selectors.parse(raw, type, region)) {
      case Parsed.Valid valid ->
          new FieldOutcome.Screened(valid.selector(), screen.apply(valid.selector()));
      case Parsed.Invalid invalid -> new FieldOutcome.Invalid(invalid.reason());
      case Parsed.Ambiguous ambiguous -> new FieldOutcome.Invalid(ambiguous.reason());
    };
  }

  private static @Nullable String checkRegion(@Nullable String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    String code = region.strip().toUpperCase(Locale.ROOT);
    if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(code)) {
      throw new IllegalArgumentException(
          "unknown default region '" + region + "': use a region code like TH");
    }
    return code;
  }
}
