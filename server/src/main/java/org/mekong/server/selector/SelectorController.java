package org.mekong.server.selector;

import static org.mekong.server.agency.CallerKind.ADMIN;
import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.extract.Extraction;
import org.mekong.core.selector.extract.SelectorExtractor;
import org.mekong.server.agency.Serves;
import org.mekong.server.web.BadRequestException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Normalises selectors in batches and finds them in free text: the same answers as {@code mekong
 * selectors normalize} and {@code mekong selectors extract}.
 */
@RestController
@RequestMapping("/api/v1/selectors")
class SelectorController {

  /** The largest batch accepted. */
  static final int MAX_BATCH = 10_000;

  /** One value to normalise, with optional per-item hints. */
  record Item(@Nullable String value, @Nullable String type, @Nullable String region) {}

  /**
   * A batch: {@code items} (objects) or {@code values} (plain strings), with default hints that
   * items may override.
   */
  record NormalizeRequest(
      @Nullable List<Item> items,
      @Nullable List<String> values,
      @Nullable String type,
      @Nullable String region) {}

  /** The answers, in input order. */
  record NormalizeResponse(List<NormalizedSelector> results) {}

  /** A text to search, with an optional region hint for national phone numbers. */
  record ExtractRequest(@Nullable String text, @Nullable String region) {}

  /** The selectors found, in text order. */
  record ExtractResponse(List<ExtractedSelector> selectors) {}

  @Serves({
    ADMIN,
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @PostMapping("/extract")
  ExtractResponse extract(@RequestBody ExtractRequest request) {
    String text = request.text();
    if (text == null) {
      throw new BadRequestException("text", "is required: the text to search for selectors");
    }
    String region = hint("region", () -> SelectorRequests.region(request.region()));
    return switch (SelectorExtractor.extract(text, region)) {
      case Extraction.Found found ->
          new ExtractResponse(found.matches().stream().map(ExtractedSelector::of).toList());
      case Extraction.TextTooLong tooLong ->
          throw new BadRequestException(
              "text",
              "holds "
                  + tooLong.length()
                  + " characters; at most "
                  + SelectorExtractor.MAX_TEXT_LENGTH
                  + " (1 MiB) are searched");
      case Extraction.UnknownRegion unknown ->
          throw new BadRequestException(
              "region", "has no phone numbering plan: " + unknown.reason());
    };
  }

  @Serves({
    ADMIN,
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @PostMapping("/normalize")
  NormalizeResponse normalize(@RequestBody NormalizeRequest request) {
    List<Item> items = new ArrayList<>();
    if (request.items() != null) {
      items.addAll(request.items());
    }
    if (request.values() != null) {
      request.values().forEach(value -> items.add(new Item(value, null, null)));
    }
    if (items.isEmpty()) {
      throw new BadRequestException("items", "must hold at least one value");
    }
    if (items.size() > MAX_BATCH) {
      throw new BadRequestException(
          "items", "holds " + items.size() + " values; at most " + MAX_BATCH + " are accepted");
    }
    SelectorType defaultType = hint("type", () -> SelectorRequests.type(request.type()));
    String defaultRegion = hint("region", () -> SelectorRequests.region(request.region()));
    List<NormalizedSelector> results = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item == null || item.value() == null) {
        throw new BadRequestException("items[" + i + "].value", "is required");
      }
      int index = i;
      SelectorType type =
          item.type() == null
              ? defaultType
              : hint("items[" + index + "].type", () -> SelectorRequests.type(item.type()));
      String region =
          item.region() == null
              ? defaultRegion
              : hint("items[" + index + "].region", () -> SelectorRequests.region(item.region()));
      results.add(SelectorRequests.normalize(item.value(), type, region));
    }
    return new NormalizeResponse(results);
  }

  /** Supplies a hint, turning an invalid one into a 400 that names the field. */
  @FunctionalInterface
  private interface Hint<T> {
    @Nullable T get();
  }

  private static <T> @Nullable T hint(String field, Hint<T> hint) {
    try {
      return hint.get();
    } catch (SelectorRequests.InvalidHint e) {
      throw new BadRequestException(field, String.valueOf(e.getMessage()));
    }
  }
}
