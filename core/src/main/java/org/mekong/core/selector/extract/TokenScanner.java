package org.mekong.core.selector.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iban4j.CountryCode;
import org.iban4j.IbanUtil;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * Finds crypto wallets (TRON, EVM, Bitcoin), IBANs (with or without spaces) and IPv4 addresses or
 * CIDR blocks. Wallets and IBANs count only when their checksum holds, so words of the right shape
 * do not match.
 */
final class TokenScanner {

  private static final Pattern WALLET =
      Pattern.compile(
          "(?<![A-Za-z0-9])(?:0[xX][0-9a-fA-F]{40}"
              + "|T[1-9A-HJ-NP-Za-km-z]{33}"
              + "|[13][1-9A-HJ-NP-Za-km-z]{25,34}"
              + "|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87})"
              + "(?![A-Za-z0-9])");
  private static final Pattern IBAN_START =
      Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?= ?[A-Z0-9])");
  private static final Pattern IPV4 =
      Pattern.compile(
          "(?<![0-9.])(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?:/[0-9]{1,2})?(?![0-9]|\\.[0-9])");

  private TokenScanner() {}

  static void scan(String text, List<Candidate> out) {
    Matcher wallet = WALLET.matcher(text);
    while (wallet.find()) {
      add(text, wallet.start(), wallet.end(), SelectorType.WALLET, out);
    }
    Matcher iban = IBAN_START.matcher(text);
    while (iban.find()) {
      iban(text, iban.start(), out);
    }
    Matcher ip = IPV4.matcher(text);
    while (ip.find()) {
      if (!add(text, ip.start(), ip.end(), SelectorType.IP, out)) {
        int slash = text.indexOf('/', ip.start());
        if (slash > 0 && slash < ip.end()) {
          add(text, ip.start(), slash, SelectorType.IP, out);
        }
      }
    }
  }

  /**
   * The IBAN starting at {@code start}: as many letters and digits as the country's IBAN has,
   * single spaces allowed between them, followed by no further letter or digit.
   */
  private static void iban(String text, int start, List<Candidate> out) {
    CountryCode country = CountryCode.getByCode(text.substring(start, start + 2));
    if (country == null || !IbanUtil.isSupportedCountry(country)) {
      return;
    }
    int length = IbanUtil.getIbanLength(country);
    int compact = 0;
    int i = start;
    while (i < text.length() && compact < length) {
      char c = text.charAt(i);
      if (isUpperAlnum(c)) {
        compact++;
        i++;
      } else if (c == ' '
          && i > start
          && i + 1 < text.length()
          && isUpperAlnum(text.charAt(i + 1))
          && text.charAt(i - 1) != ' ') {
        i++;
      } else {
        return;
      }
    }
    if (compact == length && (i == text.length() || !isAlnum(text.charAt(i)))) {
      add(text, start, i, SelectorType.BANK_ACCOUNT, out);
    }
  }

  private static boolean isUpperAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isAlnum(char c) {
    return isUpperAlnum(c) || (c >= 'a' && c <= 'z');
  }

  private static boolean add(
      String text, int start, int end, SelectorType type, List<Candidate> out) {
    if (Selectors.parse(text.substring(start, end), type, null) instanceof Parsed.Valid valid) {
      out.add(new Candidate(start, end, valid));
      return true;
    }
    return false;
  }
}
