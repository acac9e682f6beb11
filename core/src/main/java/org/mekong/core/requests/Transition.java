package org.mekong.core.requests;

/** Where an action takes a request: to a new status, or nowhere and why. */
public sealed interface Transition permits Transition.Moved, Transition.Illegal {

  /** The request moves to {@code to}. */
  record Moved(RequestStatus to) implements Transition {
    public Moved {
      java.util.Objects.requireNonNull(to, "to");
    }
  }

  /** The action is not allowed in the request's status; {@code reason} says why. */
  record Illegal(String reason) implements Transition {
    public Illegal {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an illegal transition needs a reason");
      }
    }
  }
}
