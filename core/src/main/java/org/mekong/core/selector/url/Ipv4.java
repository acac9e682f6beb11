package org.mekong.core.selector.url;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * IPv4 hosts in any legacy encoding: one to four dot-separated parts, each decimal, octal (leading
 * {@code 0}) or hexadecimal ({@code 0x}); the last part fills the remaining bytes ({@code
 * 3279880203}, {@code 10.1.515}). Follows Google's reference client, including its quirks: earlier
 * parts keep their low byte ({@code 276.2.3} is {@code 20.2.0.3}) and a short host made of a dotted
 * quad, a space and anything else is that quad, as the Windows resolver reads it ({@code
 * 10.192.95.89 xy}).
 */
final class Ipv4 {

  private static final Pattern QUAD_THEN_SPACE =
      Pattern.compile("^([0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}) ");
  private static final long MAX = 0xFFFF_FFFFL;

  private Ipv4() {}

  /** The dotted-decimal form of {@code host}, or {@code null} when it is not an IPv4 address. */
  static @Nullable String normalize(String host) {
    if (host.length() <= 15) {
      Matcher quad = QUAD_THEN_SPACE.matcher(host);
      if (quad.find()) {
        host = quad.group(1);
      }
    }
    List<String> parts = split(host);
    if (parts.isEmpty() || parts.size() > 4) {
      return null;
    }
    StringBuilder out = new StringBuilder(15);
    for (int i = 0; i < parts.size(); i++) {
      long value = parse(parts.get(i));
      if (value < 0) {
        return null;
      }
      int bytes = i == parts.size() - 1 ? 5 - parts.size() : 1;
      for (int b = bytes - 1; b >= 0; b--) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append((value >> (8 * b)) & 0xFF);
      }
    }
    return out.toString();
  }

  private static List<String> split(String host) {
    List<String> parts = new ArrayList<>(4);
    int start = 0;
    for (int i = 0; i <= host.length(); i++) {
      if (i == host.length() || host.charAt(i) == '.') {
        parts.add(host.substring(start, i));
        start = i + 1;
        if (parts.size() > 4) {
          break;
        }
      }
    }
    return parts;
  }

  /** The value of one part ({@code 0x1F}, {@code 017}, {@code 15}), or -1 if it is none. */
  private static long parse(String part) {
    if (part.isEmpty()) {
      return -1;
    }
    int radix = 10;
    int start = 0;
    if (part.length() > 1 && part.charAt(0) == '0') {
      if (part.charAt(1) == 'x' || part.charAt(1) == 'X') {
        radix = 16;
        start = 2;
        if (part.length() == 2) {
          return -1;
        }
      } else {
        radix = 8;
        start = 1;
      }
    }
    long value = 0;
    for (int i = start; i < part.length(); i++) {
      char c = part.charAt(i);
      int digit = Escaping.isHex(c) ? Escaping.hexValue(c) : radix;
      if (digit >= radix) {
        return -1;
      }
      value = value * radix + digit;
      if (value > MAX) {
        return -1;
      }
    }
    return value;
  }
}
