package org.mekong.core.marking;

/** The outcome of checking input for a {@link Marking}. */
public sealed interface MarkingCheck permits MarkingCheck.Valid, MarkingCheck.Invalid {

  /** The input makes this marking. */
  record Valid(Marking marking) implements MarkingCheck {}

  /** The input makes no marking, for this reason (safe to show to the submitter). */
  record Invalid(String reason) implements MarkingCheck {}
}
