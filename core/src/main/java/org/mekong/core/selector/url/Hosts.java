package org.mekong.core.selector.url;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Host canonicalisation on an unescaped byte string. */
final class Hosts {

  private Hosts() {}

  /** Why {@code rawHost} cannot be canonicalised, or {@code null} when it can. */
  static @Nullable String problem(String rawHost) {
    String host = withoutLeadingDots(withoutUserInfo(rawHost));
    if (!host.startsWith("[")) {
      return null;
    }
    int close = host.indexOf(']');
    if (close < 0
        || !isPortOrNothing(host.substring(close + 1))
        || Ipv6.normalize(host.substring(1, close)) == null) {
      String shown = Escaping.escape(host);
      shown = shown.length() <= 60 ? shown : shown.substring(0, 57) + "...";
      return "the host '" + shown + "' is not a valid IPv6 literal: write it as [2001:db8::1]";
    }
    return null;
  }

  /**
   * Canonicalises a host whose {@link #problem} is {@code null}: drops user info and port, converts
   * an internationalised name to punycode, removes leading, trailing and repeated dots, normalises
   * an IPv4 address to dotted decimal, an IPv6 literal to RFC 5952 text, and lowercases the rest.
   * The result may be empty.
   */
  static String canonicalize(String rawHost) {
    String host = withoutUserInfo(rawHost);
    String bracketed = withoutLeadingDots(host);
    if (bracketed.startsWith("[")) {
      String ipv6 = Ipv6.normalize(bracketed.substring(1, bracketed.indexOf(']')));
      if (ipv6 == null) {
        throw new IllegalArgumentException("not an IPv6 literal, see problem(): " + host);
      }
      return ipv6;
    }
    // Repeat until nothing changes: removing dots or converting to punycode can expose a port
    // (a.com:80. or a.com：80), and canonicalising the result again must not change it.
    String previous;
    do {
      previous = host;
      host = toPunycode(collapseDots(withoutPort(host)));
    } while (!host.equals(previous));
    String ipv4 = Ipv4.normalize(host);
    return ipv4 != null ? ipv4 : lowercase(host);
  }

  /**
   * The host without leading dots: dot removal must not turn a name into what reads as an IPv6
   * literal ({@code .[x]y}) when the canonical form is canonicalised again.
   */
  private static String withoutLeadingDots(String host) {
    int start = 0;
    while (start < host.length() && host.charAt(start) == '.') {
      start++;
    }
    return host.substring(start);
  }

  private static String withoutUserInfo(String host) {
    return host.substring(host.lastIndexOf('@') + 1);
  }

  /** Drops a trailing {@code :digits} (or a bare {@code :}, an empty port). */
  private static String withoutPort(String host) {
    int colon = host.lastIndexOf(':');
    return colon >= 0 && isPortOrNothing(host.substring(colon)) ? host.substring(0, colon) : host;
  }

  private static boolean isPortOrNothing(String rest) {
    if (rest.isEmpty()) {
      return true;
    }
    if (rest.charAt(0) != ':') {
      return false;
    }
    for (int i = 1; i < rest.length(); i++) {
      if (rest.charAt(i) < '0' || rest.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String collapseDots(String host) {
    StringBuilder out = new StringBuilder(host.length());
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == '.' && (out.isEmpty() || out.charAt(out.length() - 1) == '.')) {
        continue;
      }
      out.append(c);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '.') {
      end--;
    }
    return out.substring(0, end);
  }

  /**
   * Converts a host holding non-ASCII bytes that decode as UTF-8 to punycode with {@link
   * IDN#toASCII} (IDNA 2003, unassigned code points allowed). Bytes that are not UTF-8, names IDNA
   * refuses and names holding a {@code %} are kept as they are; they are percent-escaped later, as
   * the published vector {@code http://\x01\x80.com/} requires.
   */
  private static String toPunycode(String host) {
    if (host.chars().allMatch(c -> c < 0x80)) {
      return host;
    }
    String unicode;
    try {
      unicode =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(host.getBytes(ISO_8859_1)))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      return host;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED);
    } catch (RuntimeException refused) {
      // IllegalArgumentException for names IDNA refuses; a plain RuntimeException from the
      // punycode encoder for names of thousands of code points.
      return host;
    }
    // Punycode moves the non-ASCII code points away, so "%üae" would become "xn--%ae-...",
    // a new escape: canonicalising the result again would then decode it. Keep such hosts raw.
    return ascii.indexOf('%') < 0 ? ascii : host;
  }

  /** Lowercases ASCII letters only: other chars are bytes, not Latin-1 letters. */
  private static String lowercase(String host) {
    StringBuilder out = new StringBuilder(host.length());
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return out.toString();
  }
}
