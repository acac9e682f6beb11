package org.mekong.core.requests;

import java.util.List;

/**
 * What the recipient executed of a request (frozen, suspended, taken down, cut, preserved) and what
 * it could not, item by item, with a note.
 */
public record Execution(List<Target> executed, List<Target> notExecuted, String note) {

  public Execution {
    executed = Checks.list("executed", executed, false);
    notExecuted = Checks.list("notExecuted", notExecuted, false);
    note = Checks.optional("note", note, Checks.MAX_TEXT);
    if (executed.isEmpty() && notExecuted.isEmpty()) {
      throw new org.mekong.core.input.InvalidInputException(
          "executed", "must list at least one item (or notExecuted)");
    }
    for (Target target : executed) {
      if (notExecuted.contains(target)) {
        throw new org.mekong.core.input.InvalidInputException(
            "notExecuted", "lists " + target.key() + ", which executed lists too");
      }
    }
  }

  /** The first reported item that {@code payload} does not ask for, or null when none. */
  public @org.jspecify.annotations.Nullable Target unrequested(RequestPayload payload) {
    List<Target> asked = payload.targets();
    for (Target target : executed) {
      if (!asked.contains(target)) {
        return target;
      }
    }
    for (Target target : notExecuted) {
      if (!asked.contains(target)) {
        return target;
      }
    }
    return null;
  }
}
