package org.mekong.core.selector;

import java.util.Map;

/**
 * A validated selector in canonical form. Obtain one from {@link Selectors#parse}; each record also
 * checks its own invariants, so a selector that exists is a canonical one.
 */
public sealed interface Selector
    permits PhoneNumber,
        BankAccount,
        CryptoWallet,
        DomainName,
        Url,
        IpAddress,
        Imei,
        Imsi,
        EmailAddress,
        AppId,
        SocialAccount {

  /** The kind of selector. */
  SelectorType type();

  /** The canonical key: two spellings of the same selector give the same key. */
  String canonical();

  /** Useful facts derived from the selector, in a stable order (keys are lowercase codes). */
  Map<String, String> attributes();

  /** The STIX 2.1 object type of this selector. */
  default String stixType() {
    return type().stixType();
  }

  /** The deterministic STIX id, see {@link SelectorId#of(Selector)}. */
  default SelectorId id() {
    return SelectorId.of(this);
  }
}
