package org.mekong.core.casework;

import static org.mekong.core.casework.PersonField.BIRTH_DATE;
import static org.mekong.core.casework.PersonField.CASES;
import static org.mekong.core.casework.PersonField.CONTACT;
import static org.mekong.core.casework.PersonField.DETERMINATIONS;
import static org.mekong.core.casework.PersonField.DOCUMENTS;
import static org.mekong.core.casework.PersonField.EXPLOITATION;
import static org.mekong.core.casework.PersonField.LANGUAGES;
import static org.mekong.core.casework.PersonField.NAMES;
import static org.mekong.core.casework.PersonField.NATIONALITIES;
import static org.mekong.core.casework.PersonField.NEEDS;
import static org.mekong.core.casework.PersonField.SEX;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which fields of a person's record each recipient sees on each path: one table. The creator sees
 * everything; every other recipient sees its row of the table only when the person consented or an
 * override names a legal basis, and never more than the path shows. Screening clients and financial
 * intelligence see nothing of casework; a partner node's agency receives a person's record only as
 * a receiver or a consul of the person's nationality ({@link #acrossNodes}).
 */
public final class DisclosurePolicy {

  private DisclosurePolicy() {}

  /** The fields {@code recipient} may see, given consent or an override. */
  public static Set<PersonField> entitled(Recipient recipient) {
    return switch (recipient) {
      case CREATOR -> EnumSet.allOf(PersonField.class);
      case CONSUL_OF_NATIONALITY ->
          EnumSet.of(
              NAMES,
              BIRTH_DATE,
              SEX,
              NATIONALITIES,
              DOCUMENTS,
              LANGUAGES,
              CONTACT,
              NEEDS,
              CASES,
              DETERMINATIONS);
      case RECEIVER ->
          EnumSet.of(
              NAMES,
              BIRTH_DATE,
              SEX,
              NATIONALITIES,
              DOCUMENTS,
              LANGUAGES,
              NEEDS,
              CASES,
              DETERMINATIONS);
      case LAW_ENFORCEMENT ->
          EnumSet.of(
              NAMES,
              BIRTH_DATE,
              SEX,
              NATIONALITIES,
              DOCUMENTS,
              EXPLOITATION,
              CASES,
              DETERMINATIONS);
      case IMMIGRATION -> EnumSet.of(NAMES, BIRTH_DATE, SEX, NATIONALITIES, DOCUMENTS, CASES);
      case OTHER_CONSUL, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT, PARTNER ->
          EnumSet.noneOf(PersonField.class);
    };
  }

  /**
   * The fields a partner node's agency receives of a person, {@code relation} being its relation to
   * the record: the row of the receiver (listed or handed over to it on a manifest) or of the
   * consul of one of the person's nationalities, with consent or an override; nothing on any other
   * relation or without either. Only a receiver, which holds or held the person, gets the case
   * timeline (and may record events on its copy).
   */
  public static Set<PersonField> acrossNodes(Recipient relation, boolean consentOrOverride) {
    if (!consentOrOverride) {
      return EnumSet.noneOf(PersonField.class);
    }
    return switch (relation) {
      case RECEIVER -> entitled(relation);
      case CONSUL_OF_NATIONALITY -> {
        Set<PersonField> fields = entitled(relation);
        fields.remove(CASES);
        yield fields;
      }
      case CREATOR,
          LAW_ENFORCEMENT,
          IMMIGRATION,
          OTHER_CONSUL,
          FINANCIAL_INTELLIGENCE,
          SCREENING_CLIENT,
          PARTNER ->
          EnumSet.noneOf(PersonField.class);
    };
  }

  /** The most a path shows, whoever asks. */
  public static Set<PersonField> shownOn(DisclosurePath path) {
    return switch (path) {
      case PERSON_READ ->
          EnumSet.of(
              NAMES,
              BIRTH_DATE,
              SEX,
              NATIONALITIES,
              DOCUMENTS,
              LANGUAGES,
              CONTACT,
              NEEDS,
              EXPLOITATION);
      case PERSON_SEARCH -> EnumSet.of(NAMES, BIRTH_DATE, SEX, NATIONALITIES);
      case CASE_READ -> EnumSet.of(NAMES, CASES);
      case DETERMINATIONS -> EnumSet.of(NAMES, DETERMINATIONS);
      case MANIFEST_READ ->
          EnumSet.of(NAMES, BIRTH_DATE, SEX, NATIONALITIES, DOCUMENTS, LANGUAGES, NEEDS);
    };
  }

  /**
   * The fields {@code recipient} sees on {@code path}: its entitlement (everything for the creator;
   * nothing for the others without consent or an override) within what the path shows.
   */
  public static Set<PersonField> visible(
      Recipient recipient, boolean consentOrOverride, DisclosurePath path) {
    if (recipient != Recipient.CREATOR && !consentOrOverride) {
      return EnumSet.noneOf(PersonField.class);
    }
    Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
    fields.addAll(entitled(recipient));
    fields.retainAll(shownOn(path));
    return fields;
  }
}
