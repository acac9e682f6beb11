package org.mekong.core.casework;

import static org.mekong.core.casework.CaseState.CLOSED;
import static org.mekong.core.casework.CaseState.FOLLOW_UP;
import static org.mekong.core.casework.CaseState.HANDED_OVER;
import static org.mekong.core.casework.CaseState.IDENTIFIED;
import static org.mekong.core.casework.CaseState.LOCATED;
import static org.mekong.core.casework.CaseState.REPATRIATED;
import static org.mekong.core.casework.CaseState.REPORTED_MISSING;
import static org.mekong.core.casework.CaseState.RESCUED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of a case: which state may follow which. A case opens as reported missing, located
 * or rescued; a person is handed over only once identified, and may be handed over again (Myanmar's
 * police to Thai Immigration, then to China's Ministry of Public Security); closed is final.
 */
public final class Lifecycle {

  private Lifecycle() {}

  /** The states that may follow {@code from}; for a new case ({@code from} null), the first. */
  public static Set<CaseState> next(@Nullable CaseState from) {
    if (from == null) {
      return EnumSet.of(REPORTED_MISSING, LOCATED, RESCUED);
    }
    return switch (from) {
      case REPORTED_MISSING -> EnumSet.of(LOCATED, RESCUED, CLOSED);
      case LOCATED -> EnumSet.of(RESCUED, CLOSED);
      case RESCUED -> EnumSet.of(IDENTIFIED);
      case IDENTIFIED -> EnumSet.of(HANDED_OVER);
      case HANDED_OVER -> EnumSet.of(HANDED_OVER, REPATRIATED);
      case REPATRIATED -> EnumSet.of(FOLLOW_UP, CLOSED);
      case FOLLOW_UP -> EnumSet.of(FOLLOW_UP, CLOSED);
      case CLOSED -> EnumSet.noneOf(CaseState.class);
    };
  }

  /** Whether the person is in the custody of an agency in this state (rescued to handed over). */
  public static boolean inCustody(CaseState state) {
    return switch (state) {
      case RESCUED, IDENTIFIED, HANDED_OVER -> true;
      case REPORTED_MISSING, LOCATED, REPATRIATED, FOLLOW_UP, CLOSED -> false;
    };
  }

  static String describe(Set<CaseState> states) {
    return states.isEmpty()
        ? "nothing (the case is closed)"
        : states.stream().map(Codes::of).collect(Collectors.joining(", "));
  }
}
