package org.mekong.core.selector;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Parses IP addresses and CIDR blocks without any DNS lookup. A CIDR block whose host bits are set
 * is rejected (the reason names the network it probably means), never silently widened.
 */
final class IpParser {

  private IpParser() {}

  static boolean looksLikeIp(String raw) {
    String s = raw.strip();
    int slash = s.indexOf('/');
    String host = slash >= 0 ? s.substring(0, slash) : s;
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return InetAddresses.isInetAddress(host);
  }

  static Parsed parse(String raw) {
    String s = raw.strip();
    int slash = s.indexOf('/');
    String host = slash >= 0 ? s.substring(0, slash) : s;
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.contains("%")) {
      return new Parsed.Invalid("an IPv6 zone (%...) is local to one machine: leave it out");
    }
    if (!InetAddresses.isInetAddress(host)) {
      return new Parsed.Invalid("not an IP address: " + host);
    }
    InetAddress address = InetAddresses.forString(host);
    boolean writtenAsV6 = host.contains(":");
    int bits = address instanceof Inet4Address ? 32 : 128;
    int prefix = bits;
    if (slash >= 0) {
      String digits = s.substring(slash + 1);
      if (!digits.matches("[0-9]{1,3}")) {
        return new Parsed.Invalid("a CIDR prefix length is a number: " + digits);
      }
      prefix = Integer.parseInt(digits);
      int writtenBits = writtenAsV6 ? 128 : 32;
      if (prefix > writtenBits) {
        return new Parsed.Invalid("prefix length " + prefix + " exceeds " + writtenBits);
      }
      if (writtenAsV6 && bits == 32) {
        if (prefix < 96) {
          return new Parsed.Invalid(
              "an IPv4-mapped IPv6 block needs a prefix of at least 96 to fold to IPv4");
        }
        prefix -= 96;
      }
    }
    if (address instanceof Inet6Address v6 && v6.getScopeId() != 0) {
      return new Parsed.Invalid("an IPv6 zone is local to one machine: leave it out");
    }
    byte[] bytes = address.getAddress();
    if (!hostBitsClear(bytes, prefix)) {
      String network = InetAddresses.toAddrString(network(bytes, prefix)) + "/" + prefix;
      return new Parsed.Invalid("host bits are set in a CIDR block: did you mean " + network + "?");
    }
    return new Parsed.Valid(
        new IpAddress(InetAddresses.toAddrString(address), bits == 32 ? 4 : 6, prefix));
  }

  static boolean hostBitsClear(byte[] bytes, int prefix) {
    for (int bit = prefix; bit < bytes.length * 8; bit++) {
      if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
        return false;
      }
    }
    return true;
  }

  private static InetAddress network(byte[] bytes, int prefix) {
    byte[] copy = bytes.clone();
    for (int bit = prefix; bit < copy.length * 8; bit++) {
      copy[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
    try {
      return InetAddress.getByAddress(copy);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("4 or 16 bytes make an address", e);
    }
  }
}
