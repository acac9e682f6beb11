package org.mekong.core.legal;

import java.util.Arrays;
import java.util.Optional;

/** What an officer is asked to do when a check hits an entry ban (after SIS refusal alerts). */
public enum ActionOnHit {
  /** Refuse entry. */
  REFUSE_ENTRY("refuse-entry", "refuse entry"),
  /** Hold the person and inform the issuing authority at once. */
  HOLD_AND_INFORM("hold-and-inform", "hold the person and inform the issuing authority"),
  /** Let the check proceed and inform the issuing authority. */
  INFORM_ONLY("inform-only", "inform the issuing authority");

  private final String code;
  private final String instruction;

  ActionOnHit(String code, String instruction) {
    this.code = code;
    this.instruction = instruction;
  }

  /** The code the API uses, e.g. {@code hold-and-inform}. */
  public String code() {
    return code;
  }

  /** What the officer is asked to do, in words. */
  public String instruction() {
    return instruction;
  }

  /** The action with this code. */
  public static Optional<ActionOnHit> fromCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
