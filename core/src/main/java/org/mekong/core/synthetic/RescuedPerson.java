package org.mekong.core.synthetic;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.casework.Exploitation;
import org.mekong.core.casework.IdentityDocument;
import org.mekong.core.casework.Language;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.Need;
import org.mekong.core.casework.Person;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.PersonName;
import org.mekong.core.casework.Sex;
import org.mekong.core.casework.Verdict;
import org.mekong.core.input.PartialDate;

/**
 * One synthetic person rescued from a scam compound, as the casework API records them, and what the
 * story makes of them: whether they consent to their data crossing to other agencies, whether their
 * identity fails the check at the border, and the determination Thailand records.
 *
 * @param number the person's place in the list, from 0
 * @param names the name in the person's own script first, then its Latin form (one name where the
 *     own script is Latin)
 * @param birthDate null where nobody knows it; sometimes only the year or the month
 * @param documents empty where the compound kept the passport (a method of control)
 * @param compound {@link SyntheticRescue#KK_PARK} or {@link SyntheticRescue#SHWE_KOKKO}
 * @param reportedMissing the family reported the person missing before the rescue
 * @param identityMismatch the document presented at the border does not match the person's record
 */
public record RescuedPerson(
    int number,
    List<PersonName> names,
    @Nullable PartialDate birthDate,
    Sex sex,
    Nationality nationality,
    List<IdentityDocument> documents,
    List<Language> languages,
    Set<Need> needs,
    Exploitation exploitation,
    String compound,
    boolean reportedMissing,
    ConsentAnswer consent,
    boolean identityMismatch,
    Verdict verdict) {

  /** What the person answered when asked whether their data may go to other agencies. */
  public enum ConsentAnswer {
    /** Consent given. */
    GIVEN,
    /** Consent refused: the data stay with the agency that recorded them. */
    REFUSED,
    /** The person could not answer; an override names its legal basis. */
    OVERRIDE
  }

  public RescuedPerson {
    names = List.copyOf(names);
    documents = List.copyOf(documents);
    languages = List.copyOf(languages);
    needs = Set.copyOf(needs);
  }

  /** The Latin form of the name: the last of {@link #names}. */
  public String latinName() {
    return names.getLast().value();
  }

  /** The core casework person of this record, with id {@code id}. */
  public Person toPerson(PersonId id) {
    return new Person(
        id,
        names,
        birthDate,
        sex,
        List.of(nationality),
        documents,
        languages,
        null,
        needs,
        exploitation);
  }
}
