package org.mekong.core.selector;

import java.util.Locale;

/** Parses e-mail addresses: dot-atom local part, IDN domain, {@code mailto:} allowed. */
final class EmailParser {

  private EmailParser() {}

  static Parsed parse(String raw) {
    String s = raw.strip();
    if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
      s = s.substring(7);
    }
    int at = s.lastIndexOf('@');
    if (at < 0) {
      return new Parsed.Invalid("an e-mail address has an @");
    }
    String local = s.substring(0, at).toLowerCase(Locale.ROOT);
    if (local.isEmpty() || local.length() > 64) {
      return new Parsed.Invalid("the part before @ has 1 to 64 characters");
    }
    if (!EmailAddress.LOCAL.matcher(local).matches()) {
      return new Parsed.Invalid(
          "the part before @ has letters, digits, single dots and !#$%&'*+/=?^_`{|}~- only");
    }
    Parsed domain = DomainParser.parse(s.substring(at + 1));
    return switch (domain) {
      case Parsed.Valid valid -> {
        DomainName name = (DomainName) valid.selector();
        if (name.name().indexOf('_') >= 0) {
          yield new Parsed.Invalid(
              "domain after @: a label has letters, digits and hyphens only: " + name.name());
        }
        String address = local + "@" + name.name();
        yield address.length() > 254
            ? new Parsed.Invalid("an e-mail address has at most 254 characters")
            : new Parsed.Valid(new EmailAddress(address, name.registrable()));
      }
      case Parsed.Invalid invalid -> new Parsed.Invalid("domain after @: " + invalid.reason());
      case Parsed.Ambiguous ambiguous ->
          throw new IllegalStateException("domains are never ambiguous");
    };
  }
}
