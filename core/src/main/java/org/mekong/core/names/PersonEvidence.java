package org.mekong.core.names;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a person besides the name, each part optional: birth date, nationality, sex
 * and identity documents. {@link NameComparator#compare(Schema, String, PersonEvidence, String,
 * PersonEvidence)} raises or lowers the names' score by it.
 *
 * @param birthDate the birth date, whole or year only
 * @param nationality ISO 3166-1 alpha-2 or alpha-3 code, upper case
 * @param sex the sex, when known
 * @param documents identity documents, possibly none
 */
public record PersonEvidence(
    @Nullable BirthDate birthDate,
    @Nullable String nationality,
    @Nullable Sex sex,
    List<IdentityDocument> documents) {

  /** Nothing known beyond the name. */
  public static final PersonEvidence NONE = new PersonEvidence(null, null, null, List.of());

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2,3}");

  /** Sex as documents record it. */
  public enum Sex {
    FEMALE,
    MALE
  }

  public PersonEvidence {
    if (nationality != null && !COUNTRY.matcher(nationality).matches()) {
      throw new IllegalArgumentException(
          "nationality '%s' is not an upper-case ISO 3166-1 code"
              .formatted(nationality.toUpperCase(Locale.ROOT)));
    }
    documents = List.copyOf(documents);
  }

  /** Whether nothing is known beyond the name. */
  public boolean isEmpty() {
    return birthDate == null && nationality == null && sex == null && documents.isEmpty();
  }
}
