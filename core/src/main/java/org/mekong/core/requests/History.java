package org.mekong.core.requests;

import java.util.List;

/**
 * A request's steps as a partner node reports them (by their action codes), replayed from {@code
 * sent} under the same rules as a step taken here ({@link RequestStatus#after}).
 */
public final class History {

  private History() {}

  /** The status the steps lead a request of {@code kind} to, or why they cannot follow. */
  public static Transition replay(RequestKind kind, List<String> actions) {
    RequestStatus status = RequestStatus.SENT;
    for (int i = 0; i < actions.size(); i++) {
      Transition next = status.after(actions.get(i), kind);
      switch (next) {
        case Transition.Moved moved -> status = moved.to();
        case Transition.Illegal illegal -> {
          return new Transition.Illegal("step " + (i + 1) + ": " + illegal.reason());
        }
      }
    }
    return new Transition.Moved(status);
  }
}
