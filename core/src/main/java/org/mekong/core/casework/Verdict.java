package org.mekong.core.casework;

/** What a determination decides about a person: victim of trafficking, offender, or not yet. */
public enum Verdict {
  VICTIM,
  OFFENDER,
  UNDETERMINED
}
