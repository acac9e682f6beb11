package org.mekong.core.casework;

/** A way a person's record leaves the node's store, each showing a part of the record at most. */
public enum DisclosurePath {
  /** {@code GET /api/v1/casework/persons/{id}}. */
  PERSON_READ,
  /** {@code GET /api/v1/casework/persons?name=}. */
  PERSON_SEARCH,
  /** {@code GET /api/v1/casework/cases/{id}}: the case's timeline. */
  CASE_READ,
  /** {@code GET /api/v1/casework/persons/{id}/determinations}. */
  DETERMINATIONS,
  /** {@code GET /api/v1/casework/manifests/{id}}: what a handover needs. */
  MANIFEST_READ;

  /**
   * The field without which the path shows nothing of a person: a recipient who may not see it is
   * answered as if the record did not exist.
   */
  public PersonField principal() {
    return switch (this) {
      case PERSON_READ, PERSON_SEARCH, MANIFEST_READ -> PersonField.NAMES;
      case CASE_READ -> PersonField.CASES;
      case DETERMINATIONS -> PersonField.DETERMINATIONS;
    };
  }
}
