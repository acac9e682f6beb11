package org.mekong.core.casework;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.AnalysedName;

/**
 * A person in {@link KnownPeople}: names, birth date and documents; the names analysed once, when
 * first compared (or when given analysed), and kept. Thread-safe: two threads analysing the same
 * names at once make equal analyses.
 */
final class KnownPerson {

  private final PersonId id;
  private final List<String> names;
  private final @Nullable PartialDate birthDate;
  private final List<IdentityDocument> documents;
  private volatile @Nullable List<AnalysedName> analysed;

  KnownPerson(
      PersonId id,
      List<String> names,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      @Nullable List<AnalysedName> analysed) {
    this.id = id;
    this.names = List.copyOf(names);
    this.birthDate = birthDate;
    this.documents = List.copyOf(documents);
    this.analysed = analysed == null ? null : List.copyOf(analysed);
  }

  PersonId id() {
    return id;
  }

  @Nullable PartialDate birthDate() {
    return birthDate;
  }

  List<IdentityDocument> documents() {
    return documents;
  }

  /** The names analysed for comparison, analysed now if this is their first comparison. */
  List<AnalysedName> analysedNames() {
    List<AnalysedName> done = analysed;
    if (done == null) {
      done = names.stream().map(AnalysedNames::of).toList();
      analysed = done;
    }
    return done;
  }
}
