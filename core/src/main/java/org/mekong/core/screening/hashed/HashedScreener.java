package org.mekong.core.screening.hashed;

import java.util.ArrayList;
import java.util.List;
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
 * The client side of hashed screening: hashes a selector under the client's {@link ScreeningKey}
 * and looks it up in a {@link HashedList} exported for that key; hits are candidates to confirm
 * online with a {@link HashedQuery}.
 *
 * <p>Besides the selector's own key it probes what the node's index would match without its
 * plaintext: a domain's parents up to its registrable domain ({@code PARENT_DOMAIN}), and a URL's
 * host and its parents up to the registrable domain as domains ({@code URL_HOST}). URL path
 * expressions and CIDR containment are not probed (see docs/screening-privacy.md). Thread-safe.
 */
public final class HashedScreener {

  private final HashedList list;
  private final ScreeningKey key;

  private HashedScreener(HashedList list, ScreeningKey key) {
    this.list = list;
    this.key = key;
  }

  /**
   * A screener of this list with this key.
   *
   * @throws IllegalArgumentException when the list was exported under another key version
   */
  public static HashedScreener of(HashedList list, ScreeningKey key) {
    if (list.keyVersion() != key.version()) {
      throw new IllegalArgumentException(
          "the list was exported under key version "
              + list.keyVersion()
              + " but the key is version "
              + key.version()
              + ": export the list again, or use the key it was made for");
    }
    return new HashedScreener(list, key);
  }

  /** Screens one selector: its own hash, and the hashes of the keys on the list it might hit. */
  public HashedScreening screen(Selector selector) {
    long own = KeyedHash.of(key, selector);
    List<HashedScreening.Probe> candidates = new ArrayList<>(1);
    if (list.mightContain(own)) {
      candidates.add(new HashedScreening.Probe(selector.type(), selector.canonical(), own));
    }
    switch (selector) {
      case DomainName domain ->
          probeParents(domain.name(), domain.registrable(), false, candidates);
      case Url url ->
          url.registrable().ifPresent(r -> probeParents(url.host(), r, true, candidates));
      case PhoneNumber p -> {}
      case BankAccount b -> {}
      case CryptoWallet w -> {}
      case IpAddress i -> {}
      case Imei i -> {}
      case Imsi i -> {}
      case EmailAddress e -> {}
      case AppId a -> {}
      case SocialAccount s -> {}
    }
    return new HashedScreening(selector, own, candidates);
  }

  /** The key version of the list and the key. */
  public int keyVersion() {
    return key.version();
  }

  private void probeParents(
      String name, String registrable, boolean includeSelf, List<HashedScreening.Probe> out) {
    String current = name;
    boolean first = true;
    while (true) {
      if (!first || includeSelf) {
        long hash = KeyedHash.of(key, SelectorType.DOMAIN, current);
        if (list.mightContain(hash)) {
          out.add(new HashedScreening.Probe(SelectorType.DOMAIN, current, hash));
        }
      }
      if (current.equals(registrable) || current.length() <= registrable.length()) {
        return;
      }
      current = current.substring(current.indexOf('.') + 1);
      first = false;
    }
  }
}
