package org.mekong.core.casework;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.names.AnalysedName;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * One of a person's names as written in one script (王小红, Wang Xiaohong, ဝင်းမောင်): at most 200
 * characters that the name comparator can compare, analysed for it once, when checked.
 */
public final class PersonName {

  /** The longest name accepted. */
  public static final int MAX_LENGTH = 200;

  private final String value;
  private final AnalysedName analysed;

  /**
   * The name {@code value}, checked and analysed.
   *
   * @throws IllegalArgumentException when it cannot be a name
   */
  public PersonName(String value) {
    this(
        value,
        analysis(value)
            .orElseThrow(() -> new IllegalArgumentException("a person's name " + problem(value))));
  }

  private PersonName(String value, AnalysedName analysed) {
    this.value = value;
    this.analysed = analysed;
  }

  /**
   * The name {@code text}, stripped.
   *
   * @throws InvalidInputException naming {@code field} when it cannot be a name
   */
  public static PersonName parse(String field, String text) {
    String stripped = text.strip();
    return new PersonName(
        stripped,
        analysis(stripped).orElseThrow(() -> new InvalidInputException(field, problem(stripped))));
  }

  /** The name as written. */
  public String value() {
    return value;
  }

  /** The name as the comparator analysed it for a person's: for blocking keys and comparisons. */
  public AnalysedName analysed() {
    return analysed;
  }

  /** The analysis of an acceptable name, or empty (the cheap checks first). */
  private static Optional<AnalysedName> analysis(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH || FreeText.problem(value) != null) {
      return Optional.empty();
    }
    return NameComparator.analysed(Schema.PERSON, value);
  }

  /** Why {@code value} cannot be a name; only asked of a name that cannot. */
  private static String problem(String value) {
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
    return NameComparator.rejection(Schema.PERSON, value).orElse("cannot be compared");
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
  public boolean equals(@Nullable Object other) {
    return other instanceof PersonName name && name.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
