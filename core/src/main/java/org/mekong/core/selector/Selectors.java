package org.mekong.core.selector;

import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.SocialAccount.Platform;

/**
 * Turns raw input into selectors. Never throws for bad input: the answer is a {@link Parsed}.
 *
 * <p>Input is stripped of surrounding whitespace and capped at {@link #MAX_INPUT_LENGTH}
 * characters. With a type, the input is parsed as that type; without, the type is detected where
 * the input is unambiguous ({@code +66...} is a phone, {@code 0x} + 40 hex an EVM wallet, ...) and
 * a bare digit string that several types could read is {@link Parsed.Ambiguous}.
 */
public final class Selectors {

  /** The longest input accepted, in chars. */
  public static final int MAX_INPUT_LENGTH = 2048;

  private Selectors() {}

  /** {@link #parse(String, SelectorType, String)} with the type detected and no region hint. */
  public static Parsed parse(String raw) {
    return parse(raw, null, null);
  }

  /**
   * Parses {@code raw} as a selector of {@code type} (detected when {@code null}); {@code region}
   * (ISO 3166 alpha-2, e.g. {@code TH}) is the hint for phone numbers in national format.
   */
  public static Parsed parse(String raw, @Nullable SelectorType type, @Nullable String region) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return new Parsed.Invalid("empty input");
    }
    if (s.length() > MAX_INPUT_LENGTH) {
      return new Parsed.Invalid(
          "input of " + s.length() + " characters: at most " + MAX_INPUT_LENGTH + " are accepted");
    }
    return type == null ? Detector.detect(s, region) : parseAs(type, s, region);
  }

  /** A national-form bank account from its fields, e.g. ({@code TH}, {@code KASITHBK}, ...). */
  public static Parsed bankAccount(String country, String bic, String accountNumber) {
    if (accountNumber.length() > MAX_INPUT_LENGTH) {
      return new Parsed.Invalid("account number too long");
    }
    return BankAccountParser.national(country, bic, accountNumber);
  }

  /** A social account from its fields, e.g. ({@code telegram}, {@code @name}). */
  public static Parsed social(String platform, String handle, @Nullable String region) {
    if (handle.length() > MAX_INPUT_LENGTH) {
      return new Parsed.Invalid("handle too long");
    }
    return Platform.fromCode(platform)
        .map(p -> SocialParser.handle(p, handle, region))
        .orElseGet(() -> new Parsed.Invalid("unknown platform '" + platform + "'"));
  }

  static Parsed parseAs(SelectorType type, String s, @Nullable String region) {
    return switch (type) {
      case PHONE -> PhoneParser.parse(s, region);
      case BANK_ACCOUNT -> BankAccountParser.parse(s);
      case WALLET -> WalletParser.parse(s);
      case DOMAIN -> DomainParser.parse(s);
      case URL -> UrlParser.parse(s);
      case IP -> IpParser.parse(s);
      case IMEI -> DeviceParser.imei(s);
      case IMSI -> DeviceParser.imsi(s);
      case EMAIL -> EmailParser.parse(s);
      case APP -> AppIdParser.parse(s);
      case SOCIAL -> SocialParser.parse(s, region);
    };
  }
}
