package org.mekong.core.requests;

import java.util.Arrays;
import java.util.Optional;

/**
 * The recorded status of a request. {@code overdue} is not recorded: it is derived from the clock
 * ({@link Timeline#overdue}) for a request still {@link #open()} at its deadline.
 */
public enum RequestStatus {
  SENT("sent"),
  ACKNOWLEDGED("acknowledged"),
  PARTLY_ANSWERED("partly-answered"),
  ANSWERED("answered"),
  REFUSED("refused"),
  EXECUTED_CONFIRMED("executed-confirmed");

  /** The code of the derived status of an open request past its deadline. */
  public static final String OVERDUE = "overdue";

  private final String code;

  RequestStatus(String code) {
    this.code = code;
  }

  /** The stable code of the API and the database, e.g. {@code partly-answered}. */
  public String code() {
    return code;
  }

  /** Whether the request still waits for (more of) an answer, so its deadline still counts. */
  public boolean open() {
    return switch (this) {
      case SENT, ACKNOWLEDGED, PARTLY_ANSWERED -> true;
      case ANSWERED, REFUSED, EXECUTED_CONFIRMED -> false;
    };
  }

  /**
   * Where {@code action} takes a request of {@code kind} in this status: the status it moves to, or
   * why it may not.
   */
  public Transition after(RequestAction action, RequestKind kind) {
    return after(action.code(), kind);
  }

  /**
   * Where the step with code {@code action} (e.g. {@code partly-answer}) takes a request of {@code
   * kind} in this status: the status it moves to, or why it may not.
   */
  public Transition after(String action, RequestKind kind) {
    if (!open()) {
      return new Transition.Illegal("the request is " + code + " already; that is final");
    }
    return switch (action) {
      case "acknowledge" ->
          this == SENT
              ? new Transition.Moved(ACKNOWLEDGED)
              : new Transition.Illegal("the request is " + code + " already");
      case "partly-answer" -> new Transition.Moved(PARTLY_ANSWERED);
      case "answer" -> new Transition.Moved(ANSWERED);
      case "refuse" -> new Transition.Moved(REFUSED);
      case "confirm-execution" ->
          kind.executable()
              ? new Transition.Moved(EXECUTED_CONFIRMED)
              : new Transition.Illegal(
                  "a " + kind.code() + " request has nothing to execute; answer it instead");
      default -> new Transition.Illegal("'" + action + "' is no step of a request");
    };
  }

  /** The status with this code, if any (not {@link #OVERDUE}, which is derived). */
  public static Optional<RequestStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
