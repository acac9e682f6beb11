package org.mekong.core.casework;

/** A field of a person's record that the disclosure policy releases or withholds on its own. */
public enum PersonField {
  NAMES,
  BIRTH_DATE,
  SEX,
  NATIONALITIES,
  DOCUMENTS,
  LANGUAGES,
  CONTACT,
  NEEDS,
  EXPLOITATION,
  CASES,
  DETERMINATIONS
}
