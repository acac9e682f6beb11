package org.mekong.core.selector;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iban4j.IbanUtil;

/**
 * A bank account: an IBAN (uppercase, no spaces, check digits verified) or, for countries without
 * IBAN, {@code CC:BIC8:digits} (country, the bank's 8-character SWIFT BIC, account digits).
 */
public record BankAccount(String key, String country, String bank) implements Selector {

  /** Countries whose banks do not use IBAN and whose accounts take the national form. */
  public static final Set<String> NATIONAL_FORM_COUNTRIES =
      Set.of("CN", "TH", "MM", "KH", "LA", "VN", "PH", "MY");

  static final Pattern NATIONAL =
      Pattern.compile("([A-Z]{2}):([A-Z]{4}([A-Z]{2})[A-Z0-9]{2}):([0-9]{6,20})");

  public BankAccount {
    Matcher national = NATIONAL.matcher(key);
    if (national.matches()) {
      if (!national.group(1).equals(national.group(3))
          || !NATIONAL_FORM_COUNTRIES.contains(national.group(1))
          || !national.group(1).equals(country)
          || !national.group(2).equals(bank)) {
        throw new IllegalArgumentException("inconsistent national bank account: " + key);
      }
    } else {
      try {
        IbanUtil.validate(key);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not a canonical IBAN: " + key, e);
      }
      if (!key.startsWith(country)) {
        throw new IllegalArgumentException("inconsistent IBAN attributes: " + key);
      }
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.BANK_ACCOUNT;
  }

  @Override
  public String canonical() {
    return key;
  }

  /** Whether the key is an IBAN (else the national form). */
  public boolean isIban() {
    return !NATIONAL.matcher(key).matches();
  }

  /**
   * {@code country} and {@code bank} (the IBAN's bank code, empty for the few IBAN countries whose
   * format has none, or the BIC8).
   */
  @Override
  public Map<String, String> attributes() {
    return Attributes.of("country", country, "bank", bank);
  }
}
