package org.mekong.server.casework;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.Consent;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.PersonField;
import org.springframework.stereotype.Service;

/**
 * What the console shows around a person, by the API's rules: the determination history where
 * {@code GET /persons/{id}/determinations} would answer, the consent in force to the agencies that
 * record it.
 */
@Service
class PersonAround {

  private final PersonStore persons;
  private final PersonDisclosures disclosures;
  private final DeterminationController determinations;

  PersonAround(
      PersonStore persons, PersonDisclosures disclosures, DeterminationController determinations) {
    this.persons = persons;
    this.disclosures = disclosures;
    this.determinations = determinations;
  }

  /** A person's determinations and consent, each null where the viewer may not see it. */
  record Around(
      @Nullable List<CaseworkActions.DeterminationShown> determinations,
      @Nullable String consent) {}

  /** The determinations the API would show the viewer and the consent its agency records. */
  Around of(Agency viewer, StoredPerson person) {
    List<CaseworkActions.DeterminationShown> history = null;
    if (disclosures
        .of(viewer, person, DisclosurePath.DETERMINATIONS)
        .sees(PersonField.DETERMINATIONS)) {
      var h = determinations.history(viewer, person.id());
      String current = h.current() == null ? null : h.current().id();
      history =
          h.items().stream()
              .map(
                  d ->
                      new CaseworkActions.DeterminationShown(
                          CaseworkActions.map(d),
                          String.valueOf(d.id()),
                          String.valueOf(d.id()).equals(current)))
              .toList();
    }
    boolean recordsConsent =
        person.createdBy().equals(viewer.id())
            || persons.receivers(person.id()).contains(viewer.id());
    String consent =
        recordsConsent
            ? persons.consent(person.id()).map(PersonAround::consent).orElse("none")
            : null;
    return new Around(history, consent);
  }

  private static String consent(Consent consent) {
    return switch (consent) {
      case Consent.Given given -> "given";
      case Consent.Refused refused -> "refused";
      case Consent.Override override -> "override: " + override.legalBasis();
    };
  }
}
