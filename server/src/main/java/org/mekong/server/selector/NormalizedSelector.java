package org.mekong.server.selector;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/**
 * One input's answer, as the CLI and the API print it: the selector's type, canonical key,
 * deterministic id and attributes, or an error (with the candidate types when ambiguous).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NormalizedSelector(
    String input,
    @Nullable String type,
    @Nullable String canonical,
    @Nullable String id,
    @Nullable Map<String, String> attributes,
    @Nullable String error,
    @Nullable List<String> candidates) {

  /** The answer for {@code input} parsed as {@code parsed}. */
  public static NormalizedSelector of(String input, Parsed parsed) {
    return switch (parsed) {
      case Parsed.Valid valid -> of(input, valid.selector());
      case Parsed.Invalid invalid ->
          new NormalizedSelector(input, null, null, null, null, invalid.reason(), null);
      case Parsed.Ambiguous ambiguous ->
          new NormalizedSelector(
              input,
              null,
              null,
              null,
              null,
              ambiguous.reason(),
              ambiguous.candidates().stream().map(SelectorType::code).toList());
    };
  }

  /** The answer for a valid selector. */
  public static NormalizedSelector of(String input, Selector selector) {
    return new NormalizedSelector(
        input,
        selector.type().code(),
        selector.canonical(),
        selector.id().value(),
        selector.attributes(),
        null,
        null);
  }

  /** Whether the input was a valid selector. */
  public boolean valid() {
    return error == null;
  }
}
