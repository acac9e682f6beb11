package org.mekong.core.requests;

import static java.util.Objects.requireNonNull;

/** What the recipient does with a request; {@link RequestStatus#after} says where it leads. */
public sealed interface RequestAction {

  /** The recipient has the request and is working on it. */
  record Acknowledge(String note) implements RequestAction {
    public Acknowledge {
      note = Checks.optional("note", note, Checks.MAX_TEXT);
    }
  }

  /** Part of the answer; more may follow. */
  record PartlyAnswer(Reply reply) implements RequestAction {
    public PartlyAnswer {
      requireNonNull(reply, "reply");
    }
  }

  /** The whole answer. */
  record Answer(Reply reply) implements RequestAction {
    public Answer {
      requireNonNull(reply, "reply");
    }
  }

  /** The recipient will not do it, and says why. */
  record Refuse(String reason) implements RequestAction {
    public Refuse {
      reason = Checks.text("reason", reason, Checks.MAX_TEXT);
    }
  }

  /** A screening client confirms what it executed. */
  record ConfirmExecution(Execution execution) implements RequestAction {
    public ConfirmExecution {
      requireNonNull(execution, "execution");
    }
  }

  /** The action's code in a request's history, e.g. {@code partly-answer}. */
  default String code() {
    return switch (this) {
      case Acknowledge a -> "acknowledge";
      case PartlyAnswer p -> "partly-answer";
      case Answer a -> "answer";
      case Refuse r -> "refuse";
      case ConfirmExecution c -> "confirm-execution";
    };
  }
}
