package org.mekong.core.legal;

import java.util.List;

/** Whom a legal action is about: a person or an organisation. */
public sealed interface Subject permits Person, Organisation {

  /** The names the subject is known by, at least one. */
  List<String> names();

  /** The subject's kind as the API spells it: {@code person} or {@code organisation}. */
  default String kind() {
    return switch (this) {
      case Person ignored -> "person";
      case Organisation ignored -> "organisation";
    };
  }
}
