package org.mekong.core.selector;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iban4j.Iban;
import org.iban4j.Iban4jException;
import org.iban4j.IbanFormatException;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/** Parses IBANs (with iban4j) and national {@code CC:BIC:account} bank accounts. */
final class BankAccountParser {

  private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}");
  private static final Pattern NATIONAL_INPUT =
      Pattern.compile("([A-Za-z]{2})\\s*:\\s*([A-Za-z0-9]{8}|[A-Za-z0-9]{11})\\s*:\\s*(.+)");
  private static final Pattern BIC8 = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}");

  private BankAccountParser() {}

  static boolean looksLikeIban(String raw) {
    return IBAN_SHAPE.matcher(compactIban(raw)).matches();
  }

  static boolean looksNational(String raw) {
    return NATIONAL_INPUT.matcher(raw).matches();
  }

  static Parsed parse(String raw) {
    Matcher national = NATIONAL_INPUT.matcher(raw);
    if (national.matches()) {
      return national(national.group(1), national.group(2), national.group(3));
    }
    String iban = compactIban(raw);
    if (!IBAN_SHAPE.matcher(iban).matches()) {
      return new Parsed.Invalid(
          "not a bank account: give an IBAN, or CC:BIC:account-number for "
              + String.join(", ", BankAccount.NATIONAL_FORM_COUNTRIES.stream().sorted().toList()));
    }
    return iban(iban);
  }

  static Parsed iban(String iban) {
    try {
      Iban parsed = Iban.valueOf(iban);
      String bank = Objects.requireNonNullElse(parsed.getBankCode(), "");
      return new Parsed.Valid(
          new BankAccount(parsed.toString(), parsed.getCountryCode().getAlpha2(), bank));
    } catch (InvalidCheckDigitException e) {
      return new Parsed.Invalid("IBAN check digits do not match");
    } catch (UnsupportedCountryException e) {
      return new Parsed.Invalid("IBAN of a country that has no IBAN: " + iban.substring(0, 2));
    } catch (IbanFormatException e) {
      return new Parsed.Invalid("not a valid IBAN for its country: " + e.getMessage());
    } catch (Iban4jException e) {
      return new Parsed.Invalid("not a valid IBAN: " + e.getMessage());
    }
  }

  /** The national form from its three fields; separators in the account number are dropped. */
  static Parsed national(String countryRaw, String bicRaw, String accountRaw) {
    String country = countryRaw.strip().toUpperCase(Locale.ROOT);
    String bic = bicRaw.strip().toUpperCase(Locale.ROOT);
    if (!BankAccount.NATIONAL_FORM_COUNTRIES.contains(country)) {
      return new Parsed.Invalid(
          country
              + " accounts are written as IBAN; the CC:BIC:account form is for "
              + String.join(", ", BankAccount.NATIONAL_FORM_COUNTRIES.stream().sorted().toList()));
    }
    if (bic.length() == 11) {
      bic = bic.substring(0, 8);
    }
    if (!BIC8.matcher(bic).matches()) {
      return new Parsed.Invalid(
          "not a SWIFT BIC: 4 letters (bank), 2 letters (country), 2 letters or digits (location)");
    }
    if (!bic.substring(4, 6).equals(country)) {
      return new Parsed.Invalid("the BIC " + bic + " is not of a bank in " + country);
    }
    String account = PhoneParser.normalize(accountRaw).replaceAll("[\\s\\-./]", "");
    if (!account.matches("[0-9]+")) {
      return new Parsed.Invalid("an account number has digits and separators only");
    }
    if (account.length() < 6 || account.length() > 20) {
      return new Parsed.Invalid("an account number has 6 to 20 digits, not " + account.length());
    }
    String key = country + ":" + bic + ":" + account;
    return new Parsed.Valid(new BankAccount(key, country, bic));
  }

  private static String compactIban(String raw) {
    String s = raw.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    return s.startsWith("IBAN") ? s.substring(4) : s;
  }
}
