package org.mekong.core.stix;

import java.util.Collections;
import java.util.LinkedHashMap;
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
import org.mekong.core.selector.SocialAccount;
import org.mekong.core.selector.Url;

/**
 * A selector as a STIX cyber observable: its object type, the properties a pattern compares and the
 * properties its observable object carries.
 */
record Observed(String stixType, Map<String, String> compared, Map<String, String> properties) {

  /** The observable form of {@code selector}. */
  static Observed of(Selector selector) {
    String type = selector.stixType();
    return switch (selector) {
      case PhoneNumber phone -> same(type, "value", phone.e164());
      case BankAccount account ->
          account.isIban()
              ? new Observed(
                  type,
                  ordered("iban", account.key()),
                  ordered("value", account.key(), "iban", account.key()))
              : new Observed(
                  type,
                  ordered("value", account.key()),
                  ordered(
                      "value",
                      account.key(),
                      "bic",
                      account.bank(),
                      "account_number",
                      account.key().substring(account.key().lastIndexOf(':') + 1)));
      case CryptoWallet wallet ->
          new Observed(
              type,
              ordered("value", wallet.address()),
              ordered("value", wallet.address(), "chain", wallet.chain().code()));
      case DomainName domain -> same(type, "value", domain.name());
      case Url url -> same(type, "value", url.canonical());
      case IpAddress ip -> same(type, "value", ip.canonical());
      case Imei imei -> same(type, "value", imei.withCheckDigit());
      case Imsi imsi -> same(type, "value", imsi.value());
      case EmailAddress email -> same(type, "value", email.address());
      case AppId app -> same(type, "value", app.value());
      case SocialAccount social ->
          same(type, "account_login", social.handle(), "account_type", social.platform().code());
    };
  }

  private static Observed same(String type, String... keysAndValues) {
    Map<String, String> properties = ordered(keysAndValues);
    return new Observed(type, properties, properties);
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The comparisons in pattern order. */
  List<Map.Entry<String, String>> comparisons() {
    return List.copyOf(compared.entrySet());
  }
}
