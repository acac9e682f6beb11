package org.mekong.core.screening;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.mekong.core.selector.AppId;
import org.mekong.core.selector.BankAccount;
import org.mekong.core.selector.CryptoWallet;
import org.mekong.core.selector.DomainName;
import org.mekong.core.selector.EmailAddress;
import org.mekong.core.selector.Imei;
import org.mekong.core.selector.Imsi;
import org.mekong.core.selector.IpAddress;
import org.mekong.core.selector.PhoneNumber;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.SocialAccount;
import org.mekong.core.selector.Url;

/**
 * The tables of a {@link ScreeningIndex} and the match rules that probe them. Not thread-safe: the
 * index guards it.
 */
final class Tables {

  private final SlotTable phones;
  private final SlotTable imeis;
  private final SlotTable imsis;
  private final SlotTable ipv4;
  private final SlotTable hashed;
  private final int[] ipv4Lengths = new int[33];
  private final int[] ipv6Lengths = new int[129];

  Tables(Map<SelectorType, Integer> expected) {
    phones = new SlotTable(false, expected.getOrDefault(SelectorType.PHONE, 0));
    imeis = new SlotTable(false, expected.getOrDefault(SelectorType.IMEI, 0));
    imsis = new SlotTable(false, expected.getOrDefault(SelectorType.IMSI, 0));
    ipv4 = new SlotTable(false, expected.getOrDefault(SelectorType.IP, 0));
    int others = 0;
    for (Map.Entry<SelectorType, Integer> e : expected.entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("negative expected count for " + e.getKey());
      }
      others +=
          switch (e.getKey()) {
            case PHONE, IMEI, IMSI, IP -> 0;
            case BANK_ACCOUNT, WALLET, DOMAIN, URL, EMAIL, APP, SOCIAL -> e.getValue();
          };
    }
    hashed = new SlotTable(true, others);
  }

  /** Adds or (with {@code add} false) removes one entry's selector; whether anything changed. */
  boolean update(int entry, Selector selector, boolean add) {
    return switch (selector) {
      case PhoneNumber p -> update(phones, Keys.phone(p.e164()), 0L, entry, add);
      case Imei i -> update(imeis, Keys.imei(i.body()), 0L, entry, add);
      case Imsi i -> update(imsis, Keys.imsi(i.value()), 0L, entry, add);
      case IpAddress ip -> updateIp(ip, entry, add);
      case DomainName d -> updateHashed(domainKey(d.name()), entry, add);
      case Url u -> updateHashed(expressionKey(u.expressions().get(0)), entry, add);
      case BankAccount b -> updateHashed(exactKey(b), entry, add);
      case CryptoWallet w -> updateHashed(exactKey(w), entry, add);
      case EmailAddress e -> updateHashed(exactKey(e), entry, add);
      case AppId a -> updateHashed(exactKey(a), entry, add);
      case SocialAccount s -> updateHashed(exactKey(s), entry, add);
    };
  }

  /** Every hit of {@code selector}, in probe order. */
  void screen(Selector selector, HitCollector out) {
    switch (selector) {
      case PhoneNumber p ->
          phones.lookup(Keys.phone(p.e164()), 0L, out.as(MatchKind.EXACT, p.e164()));
      case Imei i -> imeis.lookup(Keys.imei(i.body()), 0L, out.as(MatchKind.EXACT, i.body()));
      case Imsi i -> imsis.lookup(Keys.imsi(i.value()), 0L, out.as(MatchKind.EXACT, i.value()));
      case IpAddress ip -> screenIp(ip, out);
      case DomainName d -> screenDomain(d.name(), d.registrable(), MatchKind.EXACT, out);
      case Url u -> screenUrl(u, out);
      case BankAccount b -> screenExact(b, out);
      case CryptoWallet w -> screenExact(w, out);
      case EmailAddress e -> screenExact(e, out);
      case AppId a -> screenExact(a, out);
      case SocialAccount s -> screenExact(s, out);
    }
  }

  /** Rehashes, outside the write lock, each table that the next add would fill past its load. */
  void prepareGrowth() {
    all().forEach(SlotTable::prepareGrowth);
  }

  /** Installs what {@link #prepareGrowth()} built; under the write lock. */
  void installPrepared() {
    all().forEach(SlotTable::installPrepared);
  }

  boolean containsPhone(long e164Digits) {
    return phones.contains(e164Digits, 0L);
  }

  void containsPhones(long[] e164Digits, int from, int to, boolean[] out) {
    phones.containsAll(e164Digits, from, to, out);
  }

  boolean containsImei(long body) {
    return imeis.contains(Keys.imei(body), 0L);
  }

  boolean containsImsi(long imsi) {
    return imsis.contains(imsi, 0L);
  }

  /** {@link #addPhone} of {@code e164Digits[from, to)} for entries from {@code firstEntry} on. */
  int addPhones(int firstEntry, long[] e164Digits, int from, int to) {
    return phones.addAll(e164Digits, from, to, firstEntry);
  }

  boolean addPhone(int entry, long e164Digits) {
    return update(phones, e164Digits, 0L, entry, true);
  }

  List<SlotTable> fixedWidth() {
    return List.of(phones, imeis, imsis, ipv4);
  }

  List<SlotTable> all() {
    return List.of(phones, imeis, imsis, ipv4, hashed);
  }

  SlotTable phones() {
    return phones;
  }

  private static boolean update(SlotTable table, long key, long check, int entry, boolean add) {
    return add ? table.add(key, check, entry) : table.remove(key, check, entry);
  }

  private boolean updateHashed(long[] key, int entry, boolean add) {
    return update(hashed, key[0], key[1], entry, add);
  }

  private boolean updateIp(IpAddress ip, int entry, boolean add) {
    int length = ip.prefixLength();
    SlotTable table;
    long key;
    long check;
    int[] lengths;
    if (ip.version() == 4) {
      table = ipv4;
      key = Keys.ipv4(InetAddresses.coerceToInteger(InetAddresses.forString(ip.address())), length);
      check = 0L;
      lengths = ipv4Lengths;
    } else {
      ByteBuffer bytes = ByteBuffer.wrap(InetAddresses.forString(ip.address()).getAddress());
      long[] hash = Keys.hashIpv6(bytes.getLong(), bytes.getLong(), length);
      table = hashed;
      key = hash[0];
      check = hash[1];
      lengths = ipv6Lengths;
    }
    int before = table.size();
    boolean changed = update(table, key, check, entry, add);
    lengths[length] += table.size() - before;
    return changed;
  }

  private void screenIp(IpAddress ip, HitCollector out) {
    InetAddress address = InetAddresses.forString(ip.address());
    int length = ip.prefixLength();
    if (ip.version() == 4) {
      int value = InetAddresses.coerceToInteger(address);
      for (int l = 0; l <= length; l++) {
        if (ipv4Lengths[l] > 0) {
          int network = Keys.maskIpv4(value, l);
          int prefix = l;
          ipv4.lookup(Keys.ipv4(network, l), 0L, ipHit(out, l, length, () -> v4(network, prefix)));
        }
      }
      return;
    }
    ByteBuffer bytes = ByteBuffer.wrap(address.getAddress());
    long high = bytes.getLong();
    long low = bytes.getLong();
    for (int l = 0; l <= length; l++) {
      if (ipv6Lengths[l] > 0) {
        long h = Keys.maskHigh(high, l);
        long lo = Keys.maskLow(low, l);
        long[] key = Keys.hashIpv6(h, lo, l);
        int prefix = l;
        hashed.lookup(key[0], key[1], ipHit(out, l, length, () -> v6(h, lo, prefix)));
      }
    }
  }

  private static EntrySink ipHit(HitCollector out, int l, int length, Network network) {
    return entry -> {
      String range = network.format();
      out.add(entry, l == length ? MatchKind.EXACT : MatchKind.CIDR, range);
    };
  }

  /** Formats a matched network lazily: only a hit pays for the string. */
  @FunctionalInterface
  private interface Network {
    String format();
  }

  private void screenDomain(String name, String registrable, MatchKind first, HitCollector out) {
    String candidate = name;
    MatchKind kind = first;
    while (true) {
      long[] key = domainKey(candidate);
      hashed.lookup(key[0], key[1], out.as(kind, candidate));
      if (candidate.length() <= registrable.length()) {
        return;
      }
      candidate = candidate.substring(candidate.indexOf('.') + 1);
      kind = first == MatchKind.EXACT ? MatchKind.PARENT_DOMAIN : first;
    }
  }

  private void screenUrl(Url url, HitCollector out) {
    for (String expression : url.expressions()) {
      long[] key = expressionKey(expression);
      hashed.lookup(key[0], key[1], out.as(MatchKind.URL_EXPRESSION, expression));
    }
    url.registrable()
        .ifPresent(registrable -> screenDomain(url.host(), registrable, MatchKind.URL_HOST, out));
  }

  private void screenExact(Selector selector, HitCollector out) {
    long[] key = exactKey(selector);
    hashed.lookup(key[0], key[1], out.as(MatchKind.EXACT, selector.canonical()));
  }

  private static long[] domainKey(String name) {
    return Keys.hash("domain|" + name);
  }

  private static long[] expressionKey(String expression) {
    return Keys.hash("url|" + expression);
  }

  private static long[] exactKey(Selector selector) {
    return Keys.hash(selector.type().name() + "|" + selector.canonical());
  }

  private static String v4(int network, int length) {
    String address = InetAddresses.fromInteger(network).getHostAddress();
    return length == 32 ? address : address + "/" + length;
  }

  private static String v6(long high, long low, int length) {
    byte[] bytes = ByteBuffer.allocate(16).putLong(high).putLong(low).array();
    try {
      String address = InetAddresses.toAddrString(InetAddress.getByAddress(bytes));
      return length == 128 ? address : address + "/" + length;
    } catch (UnknownHostException e) {
      throw new IllegalStateException("16 bytes are always an IPv6 address", e);
    }
  }
}
