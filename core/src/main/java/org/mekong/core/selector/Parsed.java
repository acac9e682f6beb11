package org.mekong.core.selector;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of parsing raw input as a selector: valid, invalid, or ambiguous. */
public sealed interface Parsed permits Parsed.Valid, Parsed.Invalid, Parsed.Ambiguous {

  /** The input is this selector. */
  record Valid(Selector selector) implements Parsed {}

  /** The input is no selector (of the requested type); the reason says what to fix. */
  record Invalid(String reason) implements Parsed {
    public Invalid {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an invalid parse needs a reason");
      }
    }
  }

  /** The input could be any of several types; parse again with one of them. */
  record Ambiguous(List<SelectorType> candidates) implements Parsed {
    public Ambiguous {
      candidates = List.copyOf(candidates);
      if (candidates.size() < 2 || candidates.stream().distinct().count() != candidates.size()) {
        throw new IllegalArgumentException("ambiguous needs two or more distinct candidates");
      }
    }

    /** A sentence for the user, e.g. "could be phone, imei or bank-account: give the type". */
    public String reason() {
      List<String> codes = candidates.stream().map(SelectorType::code).toList();
      return "could be "
          + codes.subList(0, codes.size() - 1).stream().collect(Collectors.joining(", "))
          + " or "
          + codes.get(codes.size() - 1)
          + ": give the type";
    }
  }
}
