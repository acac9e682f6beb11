package org.mekong.core.exchange;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/**
 * MISP attribute types and Mekong selector types. Import: {@code phone-number}; {@code iban} and
 * {@code bank-account-nr}; {@code btc}; {@code domain} and {@code hostname}; {@code url}; {@code
 * ip-dst} and {@code ip-src}; {@code email}, {@code email-src}, {@code email-dst} and {@code
 * email-reply-to}; {@code mobile-application-id}; composites {@code domain|ip} (both parts), {@code
 * hostname|port}, {@code ip-dst|port} and {@code ip-src|port} (the port dropped); {@code text} and
 * {@code other} only with a {@code mekong:selector-type} tag. Everything else, {@code xmr}
 * included, is rejected as unsupported.
 */
final class MispTypes {

  /** One part of an attribute value and the selector type it is read as (null: detect). */
  record Part(@Nullable SelectorType type, String value) {}

  private static final Map<String, SelectorType> SINGLE =
      Map.ofEntries(
          Map.entry("phone-number", SelectorType.PHONE),
          Map.entry("iban", SelectorType.BANK_ACCOUNT),
          Map.entry("bank-account-nr", SelectorType.BANK_ACCOUNT),
          Map.entry("btc", SelectorType.WALLET),
          Map.entry("domain", SelectorType.DOMAIN),
          Map.entry("hostname", SelectorType.DOMAIN),
          Map.entry("url", SelectorType.URL),
          Map.entry("ip-dst", SelectorType.IP),
          Map.entry("ip-src", SelectorType.IP),
          Map.entry("email", SelectorType.EMAIL),
          Map.entry("email-src", SelectorType.EMAIL),
          Map.entry("email-dst", SelectorType.EMAIL),
          Map.entry("email-reply-to", SelectorType.EMAIL),
          Map.entry("mobile-application-id", SelectorType.APP));

  private MispTypes() {}

  /**
   * The parts of an attribute to import; empty when its type is unsupported. {@code tagged} is the
   * type a {@code mekong:selector-type} tag names, which wins over the MISP type.
   */
  static List<Part> parts(String mispType, String value, @Nullable SelectorType tagged) {
    if (tagged != null) {
      return List.of(new Part(tagged, value));
    }
    SelectorType single = SINGLE.get(mispType);
    if (single != null) {
      return List.of(new Part(single, value));
    }
    int bar = value.indexOf('|');
    String left = bar < 0 ? value : value.substring(0, bar);
    String right = bar < 0 ? "" : value.substring(bar + 1);
    return switch (mispType) {
      case "domain|ip" ->
          List.of(new Part(SelectorType.DOMAIN, left), new Part(SelectorType.IP, right));
      case "hostname|port" -> List.of(new Part(SelectorType.DOMAIN, left));
      case "ip-dst|port", "ip-src|port" -> List.of(new Part(SelectorType.IP, left));
      default -> List.of();
    };
  }

  /** The MISP type a selector is exported as; {@code text} where MISP has none. */
  static String of(Selector selector) {
    return switch (selector.type()) {
      case PHONE -> "phone-number";
      case BANK_ACCOUNT -> selector.canonical().contains(":") ? "bank-account-nr" : "iban";
      case WALLET -> isBitcoin(selector) ? "btc" : "text";
      case DOMAIN -> "domain";
      case URL -> "url";
      case IP -> "ip-dst";
      case EMAIL -> "email-src";
      case APP -> "mobile-application-id";
      case IMEI, IMSI, SOCIAL -> "text";
    };
  }

  /** The attribute value a selector is exported with: its canonical key, bare for Bitcoin. */
  static String value(Selector selector) {
    return isBitcoin(selector)
        ? selector.canonical().substring(selector.canonical().indexOf(':') + 1)
        : selector.canonical();
  }

  /** The MISP attribute category for an exported selector. */
  static String category(Selector selector) {
    return switch (selector.type()) {
      case PHONE, BANK_ACCOUNT, WALLET -> "Financial fraud";
      case DOMAIN, URL, IP -> "Network activity";
      case EMAIL -> "Payload delivery";
      case APP, IMEI, IMSI, SOCIAL -> "Other";
    };
  }

  private static boolean isBitcoin(Selector selector) {
    return selector.type() == SelectorType.WALLET && selector.canonical().startsWith("btc:");
  }
}
