package org.mekong.server.indicator;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.Selectors;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;

/**
 * A selector given as a query parameter, with its {@code type} and {@code region} hints read as
 * every other endpoint reads them, and refusals that name the field.
 */
final class SelectorReadings {

  private SelectorReadings() {}

  /**
   * The one selector {@code raw} parses as; 400 when it is invalid or could be of several types.
   */
  static Selector one(String raw, @Nullable String type, @Nullable String region) {
    var regionCode = Parameters.region(region);
    return switch (Selectors.parse(raw, Parameters.type(type), regionCode)) {
      case Parsed.Valid valid -> valid.selector();
      case Parsed.Invalid invalid -> throw new BadRequestException("selector", invalid.reason());
      case Parsed.Ambiguous ambiguous ->
          throw new BadRequestException("selector", ambiguous.reason());
    };
  }

  /**
   * Every reading of a searched selector: the one it parses as, or, when it could be of several
   * types (a host name that is also an app id), each candidate type it parses as.
   */
  static List<IndicatorQuery.SelectorKey> of(
      String raw, @Nullable String type, @Nullable String region) {
    var regionCode = Parameters.region(region);
    return switch (Selectors.parse(raw, Parameters.type(type), regionCode)) {
      case Parsed.Valid valid -> List.of(key(valid.selector()));
      case Parsed.Invalid invalid -> throw new BadRequestException("selector", invalid.reason());
      case Parsed.Ambiguous ambiguous -> {
        List<IndicatorQuery.SelectorKey> readings = new ArrayList<>();
        for (var candidate : ambiguous.candidates()) {
          if (Selectors.parse(raw, candidate, regionCode) instanceof Parsed.Valid valid) {
            readings.add(key(valid.selector()));
          }
        }
        if (readings.isEmpty()) {
          throw new BadRequestException("selector", ambiguous.reason());
        }
        yield List.copyOf(readings);
      }
    };
  }

  private static IndicatorQuery.SelectorKey key(Selector selector) {
    return new IndicatorQuery.SelectorKey(selector.type().code(), selector.canonical());
  }
}
