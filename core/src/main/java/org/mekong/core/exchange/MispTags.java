package org.mekong.core.exchange;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.SelectorType;

/**
 * The MISP tags Mekong reads and writes: the TLP tags ({@code tlp:white}, {@code tlp:clear}, {@code
 * tlp:green}, {@code tlp:amber}, {@code tlp:amber+strict}, {@code tlp:red}) and Mekong's machine
 * tags {@code mekong:category="<code>"} and {@code mekong:selector-type="<code>"}. Other tags are
 * ignored.
 */
final class MispTags {

  static final String CATEGORY = "mekong:category=";
  static final String SELECTOR_TYPE = "mekong:selector-type=";

  private static final Map<String, Tlp> TLP =
      Map.of(
          "tlp:white", Tlp.CLEAR,
          "tlp:clear", Tlp.CLEAR,
          "tlp:green", Tlp.GREEN,
          "tlp:amber", Tlp.AMBER,
          "tlp:amber+strict", Tlp.AMBER_STRICT,
          "tlp:red", Tlp.RED);

  /** What a list of tags says; null fields say nothing. */
  record Read(
      @Nullable Tlp tlp,
      @Nullable Set<Category> categories,
      @Nullable SelectorType type,
      @Nullable String problem) {}

  private MispTags() {}

  static String tlp(Tlp tlp) {
    return "tlp:" + tlp.code();
  }

  static String category(Category category) {
    return CATEGORY + "\"" + category.code() + "\"";
  }

  static String selectorType(SelectorType type) {
    return SELECTOR_TYPE + "\"" + type.code() + "\"";
  }

  /** Reads tag names: the strictest TLP tag, every category tag, the selector type tag. */
  static Read read(Iterable<String> names) {
    Tlp tlp = null;
    Set<Category> categories = EnumSet.noneOf(Category.class);
    SelectorType type = null;
    for (String raw : names) {
      String name = raw.strip().toLowerCase(Locale.ROOT);
      Tlp level = TLP.get(name);
      if (level != null) {
        tlp = tlp == null ? level : Tlp.stricter(tlp, level);
      } else if (name.startsWith(CATEGORY)) {
        String code = unquote(name.substring(CATEGORY.length()));
        switch (Category.fromCode(code)) {
          case CategoryLookup.Found found -> categories.add(found.category());
          case CategoryLookup.Unknown unknown -> {
            return new Read(null, null, null, unknown.message());
          }
        }
      } else if (name.startsWith(SELECTOR_TYPE)) {
        String code = unquote(name.substring(SELECTOR_TYPE.length()));
        Optional<SelectorType> found = SelectorType.fromCode(code);
        if (found.isEmpty()) {
          return new Read(null, null, null, "unknown selector type '" + Drafts.quote(code) + "'");
        }
        type = found.get();
      }
    }
    return new Read(tlp, categories.isEmpty() ? null : categories, type, null);
  }

  private static String unquote(String value) {
    String s = value.strip();
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }
}
