package org.mekong.core.screening;

import com.google.common.net.InetAddresses;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.mekong.core.selector.SocialAccount;
import org.mekong.core.selector.Url;

/**
 * The plain reference the index is tested against: a map of canonical keys to entries plus brute
 * force scans of every domain and IP network for the suffix and CIDR rules.
 */
final class ReferenceIndex {

  private final Map<String, Set<Integer>> exact = new HashMap<>();
  private final Map<String, Set<Integer>> urls = new HashMap<>();
  private final List<Map.Entry<Integer, DomainName>> domains = new ArrayList<>();
  private final List<Map.Entry<Integer, IpAddress>> networks = new ArrayList<>();

  void add(int entry, Selector selector) {
    switch (selector) {
      case Url u -> urls.computeIfAbsent(u.expressions().get(0), k -> new HashSet<>()).add(entry);
      case DomainName d -> domains.add(Map.entry(entry, d));
      case IpAddress ip -> networks.add(Map.entry(entry, ip));
      case PhoneNumber x -> exact.computeIfAbsent(key(x), k -> new HashSet<>()).add(entry);
      case BankAccount x -> exact.computeIfAbsent(key(x), k -> new HashSet<>()).add(entry);
      case CryptoWallet x -> exact.computeIfAbsent(key(x), k -> new HashSet<>()).add(entry);
      case Imei x -> exact.computeIfAbsent(key(x), k -> new HashSet<>()).add(entry);
      case Imsi x -> exact.computeIfAbsent(key(x), k -> new HashSet<>()).add(entry);
      case EmailAddress x -> exact.computeIfAbsent(key(x), k -> new HashSet<>()).add(entry);
      case AppId x -> exact.computeIfAbsent(key(x), k -> new HashSet<>()).add(entry);
      case SocialAccount x -> exact.computeIfAbsent(key(x), k -> new HashSet<>()).add(entry);
    }
  }

  void remove(int entry, Selector selector) {
    switch (selector) {
      case Url u -> urls.getOrDefault(u.expressions().get(0), new HashSet<>()).remove(entry);
      case DomainName d -> domains.remove(Map.entry(entry, d));
      case IpAddress ip -> networks.remove(Map.entry(entry, ip));
      case PhoneNumber x -> exact.getOrDefault(key(x), new HashSet<>()).remove(entry);
      case BankAccount x -> exact.getOrDefault(key(x), new HashSet<>()).remove(entry);
      case CryptoWallet x -> exact.getOrDefault(key(x), new HashSet<>()).remove(entry);
      case Imei x -> exact.getOrDefault(key(x), new HashSet<>()).remove(entry);
      case Imsi x -> exact.getOrDefault(key(x), new HashSet<>()).remove(entry);
      case EmailAddress x -> exact.getOrDefault(key(x), new HashSet<>()).remove(entry);
      case AppId x -> exact.getOrDefault(key(x), new HashSet<>()).remove(entry);
      case SocialAccount x -> exact.getOrDefault(key(x), new HashSet<>()).remove(entry);
    }
  }

  Set<Hit> screen(Selector selector) {
    Set<Hit> hits = new HashSet<>();
    switch (selector) {
      case Url u -> {
        for (String expression : u.expressions()) {
          for (int e : urls.getOrDefault(expression, Set.of())) {
            hits.add(new Hit(e, MatchKind.URL_EXPRESSION, expression));
          }
        }
        u.registrable().ifPresent(r -> suffixes(u.host(), r, MatchKind.URL_HOST, hits));
      }
      case DomainName d -> suffixes(d.name(), d.registrable(), MatchKind.PARENT_DOMAIN, hits);
      case IpAddress ip -> {
        for (Map.Entry<Integer, IpAddress> n : networks) {
          if (contains(n.getValue(), ip)) {
            MatchKind kind =
                n.getValue().prefixLength() == ip.prefixLength() ? MatchKind.EXACT : MatchKind.CIDR;
            hits.add(new Hit(n.getKey(), kind, n.getValue().canonical()));
          }
        }
      }
      case PhoneNumber x -> exactHits(x, hits);
      case BankAccount x -> exactHits(x, hits);
      case CryptoWallet x -> exactHits(x, hits);
      case Imei x -> exactHits(x, hits);
      case Imsi x -> exactHits(x, hits);
      case EmailAddress x -> exactHits(x, hits);
      case AppId x -> exactHits(x, hits);
      case SocialAccount x -> exactHits(x, hits);
    }
    return hits;
  }

  private void exactHits(Selector selector, Set<Hit> hits) {
    for (int e : exact.getOrDefault(key(selector), Set.of())) {
      hits.add(new Hit(e, MatchKind.EXACT, selector.canonical()));
    }
  }

  private void suffixes(String name, String registrable, MatchKind parentKind, Set<Hit> hits) {
    for (Map.Entry<Integer, DomainName> d : domains) {
      String listed = d.getValue().name();
      if (listed.length() < registrable.length()) {
        continue;
      }
      if (listed.equals(name)) {
        MatchKind kind = parentKind == MatchKind.URL_HOST ? MatchKind.URL_HOST : MatchKind.EXACT;
        hits.add(new Hit(d.getKey(), kind, listed));
      } else if (name.endsWith("." + listed)) {
        hits.add(new Hit(d.getKey(), parentKind, listed));
      }
    }
  }

  private static boolean contains(IpAddress network, IpAddress screened) {
    if (network.version() != screened.version()
        || network.prefixLength() > screened.prefixLength()) {
      return false;
    }
    int bits = network.version() == 4 ? 32 : 128;
    int shift = bits - network.prefixLength();
    return value(network).shiftRight(shift).equals(value(screened).shiftRight(shift));
  }

  private static BigInteger value(IpAddress ip) {
    return new BigInteger(1, InetAddresses.forString(ip.address()).getAddress());
  }

  private static String key(Selector selector) {
    return selector.type() + "|" + selector.canonical();
  }
}
