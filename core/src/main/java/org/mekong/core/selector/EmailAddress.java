package org.mekong.core.selector;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * An e-mail address, lowercased, with its domain in ASCII (punycode) form. The local part is
 * lowercased too: no mail provider that scams use distinguishes case there.
 */
public record EmailAddress(String address, String registrable) implements Selector {

  static final Pattern LOCAL =
      Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

  public EmailAddress {
    int at = address.lastIndexOf('@');
    if (at < 1
        || at > 64
        || address.length() > 254
        || !LOCAL.matcher(address.substring(0, at)).matches()
        || !DomainName.LDH_NAME.matcher(address.substring(at + 1)).matches()) {
      throw new IllegalArgumentException("not a canonical e-mail address: " + address);
    }
    String domain = address.substring(at + 1);
    if (!domain.equals(registrable) && !domain.endsWith("." + registrable)) {
      throw new IllegalArgumentException("registrable domain does not fit: " + registrable);
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.EMAIL;
  }

  @Override
  public String canonical() {
    return address;
  }

  /** The domain part. */
  public String domain() {
    return address.substring(address.lastIndexOf('@') + 1);
  }

  /** {@code domain} and {@code registrable} (the domain's eTLD+1). */
  @Override
  public Map<String, String> attributes() {
    return Attributes.of("domain", domain(), "registrable", registrable);
  }
}
