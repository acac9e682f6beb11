package org.mekong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
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
import org.mekong.core.synthetic.SyntheticSelectors;

/** Seeded random lists and traffic: the index's hits equal the reference's, seed in the message. */
class AgainstReferenceTest {

  private static final int SEEDS = 12;

  @Test
  void hitsEqualTheReferenceOverEveryTypeWithSubdomainsExpressionsNetworksAndRemovals() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      run(seed);
    }
  }

  private static void run(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    SyntheticSelectors synthetic = new SyntheticSelectors(seed);
    List<Selector> listed = new ArrayList<>();
    for (SelectorType type : SelectorType.values()) {
      for (int i = 0; i < 25; i++) {
        listed.add(synthetic.next(type).selector());
      }
    }
    List<Selector> derived = new ArrayList<>();
    for (Selector s : listed) {
      derived.addAll(variants(s, random));
    }
    for (int i = 0; i < 40; i++) {
      derived.add(ipv6(random));
    }
    // some variants are indicators themselves: nested domains, URLs under URLs, nested networks
    for (Selector s : derived) {
      if (random.nextInt(4) == 0) {
        listed.add(s);
      }
    }
    ScreeningIndex index = ScreeningIndex.create();
    ReferenceIndex reference = new ReferenceIndex();
    List<Map.Entry<Integer, Selector>> live = new ArrayList<>();
    int entry = 0;
    for (Selector s : listed) {
      int copies = random.nextInt(10) == 0 ? 3 : 1;
      for (int c = 0; c < copies; c++, entry++) {
        assertThat(index.add(entry, s)).as("seed %d add %s", seed, s).isTrue();
        reference.add(entry, s);
        live.add(Map.entry(entry, s));
      }
    }
    for (int i = live.size() / 5; i > 0; i--) {
      Map.Entry<Integer, Selector> gone = live.remove(random.nextInt(live.size()));
      assertThat(index.remove(gone.getKey(), gone.getValue())).as("seed %d", seed).isTrue();
      reference.remove(gone.getKey(), gone.getValue());
    }
    assertThat(index.size()).as("seed %d", seed).isEqualTo(live.size());
    List<Selector> traffic = new ArrayList<>(listed);
    traffic.addAll(derived);
    for (Selector s : listed) {
      traffic.addAll(variants(s, random));
    }
    for (SelectorType type : SelectorType.values()) {
      for (int i = 0; i < 20; i++) {
        traffic.add(synthetic.next(type).selector());
      }
    }
    int hits = 0;
    Set<MatchKind> kinds = EnumSet.noneOf(MatchKind.class);
    for (Selector s : traffic) {
      List<Hit> actual = index.screen(s);
      assertThat(new HashSet<>(actual))
          .as("seed %d: no duplicate hits for %s", seed, s)
          .hasSize(actual.size());
      assertThat(new HashSet<>(actual))
          .as("seed %d: hits of %s", seed, s)
          .isEqualTo(reference.screen(s));
      hits += actual.isEmpty() ? 0 : 1;
      actual.forEach(h -> kinds.add(h.kind()));
    }
    assertThat(kinds)
        .as("seed %d: every kind of match is exercised", seed)
        .hasSize(MatchKind.values().length);
    assertThat(hits)
        .as("seed %d: the traffic hits something", seed)
        .isGreaterThan(traffic.size() / 4);
  }

  /** Selectors near {@code s}: subdomains, URLs on or under it, addresses in its network. */
  private static List<Selector> variants(Selector s, SplittableRandom random) {
    List<Selector> out = new ArrayList<>();
    switch (s) {
      case DomainName d -> {
        add(out, SelectorType.DOMAIN, label(random) + "." + d.name());
        add(out, SelectorType.DOMAIN, label(random) + "." + label(random) + "." + d.name());
        add(out, SelectorType.DOMAIN, d.registrable());
        add(
            out,
            SelectorType.URL,
            "http://" + label(random) + "." + d.name() + "/" + label(random));
        add(out, SelectorType.URL, "https://" + d.name() + "/");
      }
      case Url u -> {
        String base = "http://" + u.host() + u.url().path();
        String slash = base.endsWith("/") ? "" : "/";
        add(out, SelectorType.URL, base + slash + label(random) + "?q=" + label(random));
        add(out, SelectorType.URL, "https://" + label(random) + "." + u.host() + u.url().path());
        add(out, SelectorType.URL, u.canonical() + (u.url().query() == null ? "?x=1" : "&x=1"));
        add(out, SelectorType.URL, "http://" + u.host() + "/");
        u.registrable().ifPresent(r -> add(out, SelectorType.DOMAIN, u.host()));
      }
      case IpAddress ip when ip.version() == 4 -> {
        int base = InetAddresses.coerceToInteger(InetAddresses.forString(ip.address()));
        int hostBits = 32 - ip.prefixLength();
        int inside = hostBits == 0 ? base : base | (random.nextInt() >>> (32 - hostBits));
        add(out, SelectorType.IP, InetAddresses.fromInteger(inside).getHostAddress());
        int wider = random.nextInt(ip.prefixLength() + 1);
        int network = wider == 0 ? 0 : base & (-1 << (32 - wider));
        add(
            out,
            SelectorType.IP,
            InetAddresses.fromInteger(network).getHostAddress() + "/" + wider);
      }
      case IpAddress ip -> {
        byte[] bytes = InetAddresses.forString(ip.address()).getAddress();
        for (int bit = ip.prefixLength(); bit < 128; bit++) {
          if (random.nextBoolean()) {
            bytes[bit / 8] |= (byte) (0x80 >>> (bit % 8));
          }
        }
        add(out, SelectorType.IP, toAddr(bytes));
      }
      case PhoneNumber p -> {}
      case BankAccount b -> {}
      case CryptoWallet w -> {}
      case Imei i -> {}
      case Imsi i -> {}
      case EmailAddress e -> {}
      case AppId a -> {}
      case SocialAccount a -> {}
    }
    return out;
  }

  private static Selector ipv6(SplittableRandom random) {
    byte[] bytes = new byte[16];
    bytes[0] = 0x20;
    bytes[1] = 0x01;
    bytes[2] = 0x0d;
    bytes[3] = (byte) 0xb8;
    for (int i = 4; i < 16; i++) {
      bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : random.nextInt(2));
    }
    int length = random.nextInt(3) == 0 ? 128 : 32 + random.nextInt(97);
    for (int bit = length; bit < 128; bit++) {
      bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
    String address = toAddr(bytes);
    return Parse.as(SelectorType.IP, length == 128 ? address : address + "/" + length);
  }

  private static String toAddr(byte[] bytes) {
    try {
      return InetAddresses.toAddrString(InetAddress.getByAddress(bytes));
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(List<Selector> out, SelectorType type, String raw) {
    @Nullable Selector s = Parse.tryAs(type, raw);
    if (s != null) {
      out.add(s);
    }
  }

  private static String label(SplittableRandom random) {
    return "x" + Integer.toString(random.nextInt(1 << 20), 36);
  }
}
