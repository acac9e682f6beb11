package org.mekong.core.casework;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * One of a person's names as written in one script (王小红, Wang Xiaohong, ဝင်းမောင်): at most 200
 * characters that the name comparator can compare.
 */
public record PersonName(String value) {

  /** The longest name accepted. */
  public static final int MAX_LENGTH = 200;

  public PersonName {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException("a person's name " + problem);
    }
  }

  /**
   * The name {@code text}, stripped.
   *
   * @throws InvalidInputException naming {@code field} when it cannot be a name
   */
  public static PersonName parse(String field, String text) {
    String stripped = text.strip();
    String problem = problem(stripped);
    if (problem != null) {
      throw new InvalidInputException(field, problem);
    }
    return new PersonName(stripped);
  }

  private static @org.jspecify.annotations.Nullable String problem(String value) {
    if (value.isEmpty()) {
      return "is empty";
    }
    if (value.length() > MAX_LENGTH) {
      return "is longer than " + MAX_LENGTH + " characters";
    }
    String text = FreeText.problem(value);
    if (text != null) {
      return text;
    }
    return NameComparator.rejection(Schema.PERSON, value).orElse(null);
  }

  /** The script of the name's first letter in lower case, e.g. {@code han}, {@code latin}. */
  public String script() {
    return value
        .codePoints()
        .filter(Character::isLetter)
        .mapToObj(UnicodeScript::of)
        .findFirst()
        .map(s -> s.name().toLowerCase(Locale.ROOT))
        .orElse("unknown");
  }

  @Override
  public String toString() {
    return value;
  }
}
