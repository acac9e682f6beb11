package org.mekong.core.selector.phone;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Java's {@code Pattern.matcher(s).lookingAt()} for a national-prefix-for-parsing pattern, as digit
 * automata: top-level alternatives that end in {@code $} must match the whole input, the others any
 * prefix of it.
 */
final class NationalPrefixProbe {

  private final @Nullable DigitDfa anchored;
  private final @Nullable DigitDfa open;

  private NationalPrefixProbe(@Nullable DigitDfa anchored, @Nullable DigitDfa open) {
    this.anchored = anchored;
    this.open = open;
  }

  static @Nullable NationalPrefixProbe compile(String regex) {
    List<String> anchoredParts = new ArrayList<>();
    List<String> openParts = new ArrayList<>();
    for (String part : topLevelAlternatives(regex)) {
      if (part.endsWith("$")) {
        anchoredParts.add(part.substring(0, part.length() - 1));
      } else {
        openParts.add(part);
      }
    }
    DigitDfa anchored = null;
    DigitDfa open = null;
    if (!anchoredParts.isEmpty()) {
      anchored = DigitDfa.compile(String.join("|", anchoredParts));
      if (anchored == null) {
        return null;
      }
    }
    if (!openParts.isEmpty()) {
      open = DigitDfa.compile(String.join("|", openParts));
      if (open == null) {
        return null;
      }
    }
    return new NationalPrefixProbe(anchored, open);
  }

  /** Writes the probe for {@link #read}. */
  void write(DataOutputStream out) throws IOException {
    PlanTable.writeOptional(out, anchored);
    PlanTable.writeOptional(out, open);
  }

  /** A probe as {@link #write} wrote it. */
  static NationalPrefixProbe read(ByteBuffer in) {
    return new NationalPrefixProbe(PlanTable.readOptional(in), PlanTable.readOptional(in));
  }

  /** Whether some non-empty prefix of {@code s[from, to)} (non-empty) could be stripped. */
  boolean mayMatchNonEmpty(byte[] s, int from, int to) {
    return (anchored != null && anchored.matches(s, from, to))
        || (open != null && open.matchesNonEmptyPrefix(s, from, to));
  }

  private static List<String> topLevelAlternatives(String regex) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start));
    return parts;
  }
}
