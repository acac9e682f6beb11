package org.mekong.core.selector;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A domain name in lowercase ASCII (punycode) without trailing dot, with its registrable domain
 * (eTLD+1 by the public suffix list, private section included) and its public suffix. Labels below
 * the registrable domain may hold {@code _} (host names that browsers resolve); the registrable
 * domain may not.
 */
public record DomainName(String name, String registrable, String publicSuffix) implements Selector {

  static final Pattern LDH_NAME =
      Pattern.compile(
          "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  public DomainName {
    if (!DomainParser.isLdhName(name, false) || DomainParser.lastLabelStartsWithDigit(name)) {
      throw new IllegalArgumentException("not a lowercase ASCII domain name: " + name);
    }
    int suffix = PublicSuffixes.suffixStart(name);
    if (suffix <= 0
        || !isTailFrom(name, PublicSuffixes.registrableStart(name, suffix), registrable)
        || !isTailFrom(name, suffix, publicSuffix)) {
      throw new IllegalArgumentException(
          "registrable domain or public suffix do not match the list: " + name);
    }
    if (registrable.indexOf('_') >= 0) {
      throw new IllegalArgumentException("'_' in a registrable domain: " + name);
    }
    if (!isSameOrSubdomain(name, registrable)
        || !isSameOrSubdomain(registrable, publicSuffix)
        || registrable.equals(publicSuffix)) {
      throw new IllegalArgumentException(
          "inconsistent registrable domain or suffix for " + name + ": " + registrable);
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.DOMAIN;
  }

  @Override
  public String canonical() {
    return name;
  }

  /** {@code registrable} (eTLD+1) and {@code public-suffix}. */
  @Override
  public Map<String, String> attributes() {
    return Attributes.of("registrable", registrable, "public-suffix", publicSuffix);
  }

  private static boolean isTailFrom(String name, int start, String tail) {
    return tail.length() == name.length() - start && name.startsWith(tail, start);
  }

  private static boolean isSameOrSubdomain(String name, String parent) {
    int dot = name.length() - parent.length() - 1;
    return name.equals(parent) || (dot >= 0 && name.charAt(dot) == '.' && name.endsWith(parent));
  }
}
