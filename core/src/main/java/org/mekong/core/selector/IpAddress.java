package org.mekong.core.selector;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Map;

/**
 * An IPv4 or IPv6 address, or a CIDR block. IPv6 is written in RFC 5952 form, IPv4-mapped IPv6 is
 * folded to IPv4, and a single address carries no {@code /32} or {@code /128}.
 */
public record IpAddress(String address, int version, int prefixLength) implements Selector {

  public IpAddress {
    if (version != 4 && version != 6) {
      throw new IllegalArgumentException("IP version 4 or 6, not " + version);
    }
    int bits = version == 4 ? 32 : 128;
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException("prefix length out of range: " + prefixLength);
    }
    if (!InetAddresses.isInetAddress(address)) {
      throw new IllegalArgumentException("not an IP address: " + address);
    }
    InetAddress parsed = InetAddresses.forString(address);
    if ((parsed instanceof Inet4Address) != (version == 4)
        || !InetAddresses.toAddrString(parsed).equals(address)
        || !IpParser.hostBitsClear(parsed.getAddress(), prefixLength)
        || (version == 6 && address.contains("."))) {
      throw new IllegalArgumentException("not a canonical IPv" + version + " network: " + address);
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.IP;
  }

  /** {@code ipv4-addr} or {@code ipv6-addr}. */
  @Override
  public String stixType() {
    return version == 4 ? "ipv4-addr" : "ipv6-addr";
  }

  /** Whether this is a block of addresses rather than one address. */
  public boolean isNetwork() {
    return prefixLength < (version == 4 ? 32 : 128);
  }

  @Override
  public String canonical() {
    return isNetwork() ? address + "/" + prefixLength : address;
  }

  /** {@code version} ({@code 4} or {@code 6}) and {@code prefix-length}. */
  @Override
  public Map<String, String> attributes() {
    return Attributes.of(
        "version", Integer.toString(version), "prefix-length", Integer.toString(prefixLength));
  }
}
