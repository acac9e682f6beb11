package org.mekong.core.legal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a notice is in its review: drafted, published after a reviewer approved it, or cancelled
 * (before or after publication). Expiry is not a step: it follows from the notice's date.
 */
public sealed interface Review permits Review.Drafted, Review.Published, Review.Cancelled {

  /** Written by its drafter, waiting for a reviewer of the issuing agency. */
  record Drafted() implements Review {}

  /** Approved by a reviewer who is not the drafter, and so published. */
  record Published(Approval approval) implements Review {
    public Published {
      requireNonNull(approval, "approval");
    }
  }

  /** Cancelled; {@code approval} is null when it was cancelled before it was published. */
  record Cancelled(@Nullable Approval approval, Cancellation cancellation) implements Review {
    public Cancelled {
      requireNonNull(cancellation, "cancellation");
    }
  }

  /** A reviewer's approval: who, when, and what they noted. */
  record Approval(String reviewer, Instant at, String note) {
    public Approval {
      reviewer = Texts.required("reviewer", reviewer, Texts.SHORT);
      requireNonNull(at, "at");
      note = Texts.optional("note", note, Texts.LONG);
    }
  }

  /** A cancellation: who, when and why. */
  record Cancellation(String by, Instant at, String reason) {
    public Cancellation {
      by = Texts.required("cancelledBy", by, Texts.SHORT);
      requireNonNull(at, "at");
      reason = Texts.required("reason", reason, Texts.LONG);
    }
  }

  /** The step's code: {@code drafted}, {@code published} or {@code cancelled}. */
  default String code() {
    return switch (this) {
      case Drafted ignored -> "drafted";
      case Published ignored -> "published";
      case Cancelled ignored -> "cancelled";
    };
  }
}
