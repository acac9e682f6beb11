package org.mekong.core.marking;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The Europol 4x4 evaluation of a piece of information, written like {@code B2}. */
public record Evaluation(SourceReliability reliability, InformationAccuracy accuracy) {

  /** X4: neither the source nor the information can be judged. */
  public static final Evaluation UNJUDGED =
      new Evaluation(SourceReliability.X, InformationAccuracy.CANNOT_BE_JUDGED);

  public Evaluation {
    requireNonNull(reliability, "reliability");
    requireNonNull(accuracy, "accuracy");
  }

  /** The stable two-character code, e.g. {@code B2}. */
  public String code() {
    return reliability.code() + accuracy.code();
  }

  /**
   * The weaker of two evaluations, grade by grade: the less reliable source and the less assured
   * accuracy. Used when information from two sources is combined.
   */
  public Evaluation weaker(Evaluation other) {
    return new Evaluation(
        SourceReliability.weaker(reliability, other.reliability),
        InformationAccuracy.weaker(accuracy, other.accuracy));
  }

  /** Whether this evaluation is, on both grades, no better than {@code other}. */
  public boolean isNoBetterThan(Evaluation other) {
    return reliability.compareTo(other.reliability) >= 0 && accuracy.compareTo(other.accuracy) >= 0;
  }

  /** The evaluation written as {@code code}: one of A, B, C, X then one of 1 to 4; exact case. */
  public static Optional<Evaluation> fromCode(String code) {
    if (code.length() != 2) {
      return Optional.empty();
    }
    Optional<SourceReliability> reliability = reliabilityOf(code.charAt(0));
    Optional<InformationAccuracy> accuracy = accuracyOf(code.charAt(1));
    if (reliability.isEmpty() || accuracy.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Evaluation(reliability.get(), accuracy.get()));
  }

  @Override
  public String toString() {
    return code();
  }

  private static Optional<SourceReliability> reliabilityOf(char letter) {
    for (SourceReliability candidate : SourceReliability.values()) {
      if (candidate.code().charAt(0) == letter) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<InformationAccuracy> accuracyOf(char digit) {
    for (InformationAccuracy candidate : InformationAccuracy.values()) {
      if (candidate.code().charAt(0) == digit) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
