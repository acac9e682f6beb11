package org.mekong.core.selector.phone;

import com.google.common.base.Splitter;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * libphonenumber's national-prefix stripping ({@code maybeStripNationalPrefixAndCarrierCode}, then
 * the {@code testNumberLength} guard in {@code parseHelper}) for the common case where the
 * national-prefix-for-parsing is a plain digit string (such as {@code 0} or {@code 1}), or an
 * alternation of such strings ({@code 0|180020}), and there is no transform rule.
 */
final class LiteralNationalPrefix {

  static final int MAX_LENGTH = 256;

  /** The alternatives, in order: Java's regex takes the first that is a prefix. */
  private final List<String> prefixes;

  /** The main region's descriptions; bit 0 of a run is its general pattern. */
  private final DigitDfa general;

  /** By length of the stripped number: whether libphonenumber's length test keeps it. */
  private final boolean[] keepsStripped;

  private LiteralNationalPrefix(List<String> prefixes, DigitDfa general, boolean[] keepsStripped) {
    this.prefixes = prefixes;
    this.general = general;
    this.keepsStripped = keepsStripped;
  }

  /** The stripping rule of {@code main}, or {@code null} when it is not a literal one. */
  static @Nullable LiteralNationalPrefix of(PhoneMetadata main, DigitDfa mainDescriptions) {
    String prefix = main.getNationalPrefixForParsing();
    List<Integer> possible = main.getGeneralDesc().getPossibleLengthList();
    if (!prefix.matches("[0-9]+(\\|[0-9]+)*")
        || !main.getNationalPrefixTransformRule().isEmpty()
        || possible.isEmpty()) {
      return null;
    }
    List<Integer> localOnly = main.getGeneralDesc().getPossibleLengthLocalOnlyList();
    boolean[] keeps = new boolean[MAX_LENGTH + 1];
    int min = possible.get(0);
    int max = possible.get(possible.size() - 1);
    for (int length = 0; length <= MAX_LENGTH; length++) {
      // testNumberLength: TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY and INVALID_LENGTH keep the original
      keeps[length] =
          min != -1
              && !localOnly.contains(length)
              && length >= min
              && (length > max || length == min || possible.contains(length));
    }
    return new LiteralNationalPrefix(
        List.copyOf(Splitter.on('|').splitToList(prefix)), mainDescriptions, keeps);
  }

  /** Writes the rule for {@link #read}; its descriptions are the main region's, written there. */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(prefixes.size());
    for (String prefix : prefixes) {
      out.writeUTF(prefix);
    }
    for (boolean keeps : keepsStripped) {
      out.writeBoolean(keeps);
    }
  }

  /** A rule as {@link #write} wrote it, over the main region's {@code general} descriptions. */
  static LiteralNationalPrefix read(ByteBuffer in, DigitDfa general) {
    int count = PlanTable.readCount(in);
    List<String> prefixes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String prefix = PlanTable.readString(in);
      if (!prefix.matches("[0-9]+")) {
        throw new IllegalArgumentException("a national prefix of other than digits: " + prefix);
      }
      prefixes.add(prefix);
    }
    boolean[] keeps = new boolean[MAX_LENGTH + 1];
    for (int length = 0; length <= MAX_LENGTH; length++) {
      keeps[length] = in.get() != 0;
    }
    return new LiteralNationalPrefix(List.copyOf(prefixes), general, keeps);
  }

  /**
   * Where the national number {@code s[from, to)} starts after libphonenumber's stripping: {@code
   * from} when nothing is stripped.
   */
  int strip(byte[] s, int from, int to) {
    String prefix = null;
    for (String candidate : prefixes) {
      if (startsWith(s, from, to, candidate)) {
        prefix = candidate;
        break;
      }
    }
    if (prefix == null) {
      return from;
    }
    int after = from + prefix.length();
    boolean viableOriginal = (general.run(s, from, to) & 1) != 0;
    if (viableOriginal && (general.run(s, after, to) & 1) == 0) {
      return from;
    }
    int length = to - after;
    return length <= MAX_LENGTH && keepsStripped[length] ? after : from;
  }

  private static boolean startsWith(byte[] s, int from, int to, String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (s[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
