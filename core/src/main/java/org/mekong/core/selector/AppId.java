package org.mekong.core.selector;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A mobile app id: an Android package name or iOS bundle id in reverse-DNS form ({@code
 * com.example.app}), lowercased so that spellings differing in case meet (both stores treat such
 * ids as one in practice, and screening must not miss on case).
 */
public record AppId(String value) implements Selector {

  static final Pattern SHAPE =
      Pattern.compile("(?=.{3,255}$)[a-z][a-z0-9_-]*(\\.[a-z0-9_][a-z0-9_-]*)+");

  public AppId {
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a lowercase reverse-DNS app id: " + value);
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.APP;
  }

  @Override
  public String canonical() {
    return value;
  }

  /**
   * {@code vendor-domain}: the first two labels reversed ({@code com.example.app} → example.com).
   */
  @Override
  public Map<String, String> attributes() {
    int first = value.indexOf('.');
    int second = value.indexOf('.', first + 1);
    String vendor = value.substring(first + 1, second < 0 ? value.length() : second);
    return Attributes.of("vendor-domain", vendor + "." + value.substring(0, first));
  }
}
