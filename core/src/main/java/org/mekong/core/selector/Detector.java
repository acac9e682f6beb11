package org.mekong.core.selector;

import com.google.common.net.InternetDomainName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Detects the type of untyped input; see {@link Selectors}. The order of the rules matters. */
final class Detector {

  private Detector() {}

  static Parsed detect(String s, @Nullable String region) {
    if (SocialParser.looksSocial(s)) {
      return SocialParser.parse(s, region);
    }
    if (WalletParser.hasChainPrefix(s)) {
      return WalletParser.parse(s);
    }
    if (BankAccountParser.looksNational(s)) {
      return BankAccountParser.parse(s);
    }
    if (AppIdParser.isPlayLink(s)) {
      return AppIdParser.parse(s);
    }
    if (UrlParser.looksLikeUrl(s)) {
      return UrlParser.parse(s);
    }
    if (s.startsWith("@")) {
      return new Parsed.Invalid(
          "a handle needs its platform: platform:handle, e.g. telegram:@name or x:@name");
    }
    if (s.contains("@")) {
      return EmailParser.parse(s);
    }
    if (IpParser.looksLikeIp(s)) {
      return IpParser.parse(s);
    }
    if (WalletParser.looksLikeWallet(s)) {
      return WalletParser.parse(s);
    }
    String normalized = PhoneParser.normalize(s);
    if (normalized.startsWith("+")) {
      return PhoneParser.parse(s, region);
    }
    String digits = normalized.replaceAll("[\\s\\-./()]", "");
    if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return digitString(s, digits, region);
    }
    if (BankAccountParser.looksLikeIban(s)) {
      return BankAccountParser.parse(s);
    }
    if (s.contains(".") && !s.contains(" ")) {
      return domainOrApp(s);
    }
    return new Parsed.Invalid(
        "not a recognised selector: give its type (phone, bank-account, wallet, domain, url, ip,"
            + " imei, imsi, email, app, social)");
  }

  private static Parsed digitString(String s, String digits, @Nullable String region) {
    List<SelectorType> candidates = new ArrayList<>();
    Parsed phone = PhoneParser.parse(s, region);
    if (phone instanceof Parsed.Valid) {
      candidates.add(SelectorType.PHONE);
    }
    Parsed imei = DeviceParser.imei(digits);
    if (imei instanceof Parsed.Valid) {
      candidates.add(SelectorType.IMEI);
    }
    Parsed imsi = DeviceParser.imsi(digits);
    if (imsi instanceof Parsed.Valid) {
      candidates.add(SelectorType.IMSI);
    }
    if (digits.length() >= 6 && digits.length() <= 20) {
      candidates.add(SelectorType.BANK_ACCOUNT);
    }
    if (candidates.size() > 1) {
      return new Parsed.Ambiguous(candidates);
    }
    if (candidates.isEmpty()) {
      return new Parsed.Invalid(
          "a number that is no valid phone number (give a region hint for national formats),"
              + " IMEI or IMSI");
    }
    return switch (candidates.get(0)) {
      case PHONE -> phone;
      case IMEI -> imei;
      case IMSI -> imsi;
      case BANK_ACCOUNT ->
          new Parsed.Invalid(
              "looks like an account number: write it as CC:BIC:account, e.g. TH:KASITHBK:1234567890");
      default -> throw new IllegalStateException("not a digit-string candidate");
    };
  }

  private static Parsed domainOrApp(String s) {
    Parsed domain = DomainParser.parse(s);
    String lower = s.toLowerCase(Locale.ROOT);
    String first = lower.substring(0, lower.indexOf('.'));
    boolean appShaped =
        AppId.SHAPE.matcher(lower).matches()
            && !(InternetDomainName.isValid(lower)
                && InternetDomainName.from(lower).isPublicSuffix())
            && InternetDomainName.isValid(first)
            && InternetDomainName.from(first).isPublicSuffix();
    if (domain instanceof Parsed.Valid && appShaped) {
      return new Parsed.Ambiguous(List.of(SelectorType.DOMAIN, SelectorType.APP));
    }
    if (domain instanceof Parsed.Valid || !appShaped) {
      return domain;
    }
    return AppIdParser.parse(s);
  }
}
