package org.mekong.core.casework;

/**
 * Where a case stands. The lifecycle runs reported missing → located → rescued → identified →
 * handed over (perhaps more than once) → repatriated → follow-up → closed; see {@link Lifecycle}.
 */
public enum CaseState {
  REPORTED_MISSING,
  LOCATED,
  RESCUED,
  IDENTIFIED,
  HANDED_OVER,
  REPATRIATED,
  FOLLOW_UP,
  CLOSED
}
