package org.mekong.core.selector.url;

import org.jspecify.annotations.Nullable;

/**
 * Bracketed IPv6 hosts, normalised as the Safe Browsing reference page (v5) asks: RFC 5952 text (no
 * leading zeros, the longest run of zero groups as {@code ::}, lowercase hex), and IPv4-mapped
 * ({@code ::ffff:1.2.3.4}) or NAT64 ({@code 64:ff9b::1.2.3.4}) addresses as the IPv4 address they
 * carry.
 */
final class Ipv6 {

  private static final int GROUPS = 8;

  private Ipv6() {}

  /**
   * The canonical host for the text between the brackets: {@code [2001:db8::1]}, or a dotted IPv4
   * address; {@code null} when {@code literal} is not an IPv6 address.
   */
  static @Nullable String normalize(String literal) {
    int[] groups = parse(literal);
    if (groups == null) {
      return null;
    }
    boolean mapped = isZero(groups, 0, 5) && groups[5] == 0xFFFF;
    boolean nat64 = groups[0] == 0x64 && groups[1] == 0xFF9B && isZero(groups, 2, 6);
    if (mapped || nat64) {
      return (groups[6] >> 8)
          + "."
          + (groups[6] & 0xFF)
          + "."
          + (groups[7] >> 8)
          + "."
          + (groups[7] & 0xFF);
    }
    return "[" + format(groups) + "]";
  }

  private static int @Nullable [] parse(String literal) {
    int doubleColon = literal.indexOf("::");
    if (doubleColon >= 0 && literal.indexOf("::", doubleColon + 1) >= 0) {
      return null;
    }
    int[] groups = new int[GROUPS];
    if (doubleColon < 0) {
      int count = parseGroups(literal, groups, true);
      return count == GROUPS ? groups : null;
    }
    int[] tail = new int[GROUPS];
    int headCount = parseGroups(literal.substring(0, doubleColon), groups, false);
    int tailCount = parseGroups(literal.substring(doubleColon + 2), tail, true);
    if (headCount < 0 || tailCount < 0 || headCount + tailCount > GROUPS - 1) {
      return null;
    }
    System.arraycopy(tail, 0, groups, GROUPS - tailCount, tailCount);
    return groups;
  }

  /**
   * Parses colon-separated hex groups into {@code groups}, the last of which may be a dotted IPv4
   * address (two groups) if {@code ipv4Tail}; returns how many, or -1 if malformed.
   */
  private static int parseGroups(String text, int[] groups, boolean ipv4Tail) {
    if (text.isEmpty()) {
      return 0;
    }
    int count = 0;
    int start = 0;
    while (start <= text.length()) {
      int colon = text.indexOf(':', start);
      int end = colon < 0 ? text.length() : colon;
      String piece = text.substring(start, end);
      if (colon < 0 && ipv4Tail && piece.indexOf('.') >= 0) {
        long ipv4 = dottedQuad(piece);
        if (ipv4 < 0 || count + 2 > GROUPS) {
          return -1;
        }
        groups[count++] = (int) (ipv4 >> 16);
        groups[count++] = (int) (ipv4 & 0xFFFF);
        return count;
      }
      int value = hexGroup(piece);
      if (value < 0 || count == GROUPS) {
        return -1;
      }
      groups[count++] = value;
      if (colon < 0) {
        return count;
      }
      start = colon + 1;
    }
    return -1;
  }

  private static int hexGroup(String piece) {
    if (piece.isEmpty() || piece.length() > 4) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (!Escaping.isHex(c)) {
        return -1;
      }
      value = value << 4 | Escaping.hexValue(c);
    }
    return value;
  }

  private static long dottedQuad(String piece) {
    String[] parts = piece.split("\\.", -1);
    if (parts.length != 4) {
      return -1;
    }
    long value = 0;
    for (String part : parts) {
      if (part.isEmpty()
          || part.length() > 3
          || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return -1;
      }
      int octet = Integer.parseInt(part);
      if (octet > 255) {
        return -1;
      }
      value = value << 8 | octet;
    }
    return value;
  }

  private static boolean isZero(int[] groups, int from, int to) {
    for (int i = from; i < to; i++) {
      if (groups[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** RFC 5952 section 4: the first longest run of two or more zero groups becomes {@code ::}. */
  private static String format(int[] groups) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < GROUPS; ) {
      int j = i;
      while (j < GROUPS && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder out = new StringBuilder(39);
    for (int i = 0; i < GROUPS; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }
}
