package org.mekong.core.casework;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The determinations about one person, oldest first: each after the first supersedes the one before
 * it, so the last is the one in force and every earlier one stays readable.
 */
public record DeterminationHistory(List<Determination> determinations) {

  public DeterminationHistory {
    determinations = List.copyOf(determinations);
    for (int i = 0; i < determinations.size(); i++) {
      var expected = i == 0 ? null : determinations.get(i - 1).id();
      if (!java.util.Objects.equals(determinations.get(i).supersedes(), expected)) {
        throw new IllegalArgumentException(
            "determination " + i + " does not supersede the one before");
      }
    }
  }

  /** The determination in force, if any was made. */
  public Optional<Determination> current() {
    return determinations.isEmpty() ? Optional.empty() : Optional.of(determinations.getLast());
  }

  /**
   * Why {@code next} cannot be added, or null when it can: the first determination supersedes
   * nothing; any later one must supersede the one in force (a superseded one stays as it is).
   */
  public @Nullable String refusal(Determination next) {
    Optional<Determination> current = current();
    if (current.isEmpty()) {
      return next.supersedes() == null
          ? null
          : "there is no determination to supersede yet; record the first without 'supersedes'";
    }
    if (next.supersedes() == null) {
      return "a determination is in force ("
          + current.get().id()
          + "); a new one must name it in 'supersedes'";
    }
    if (!next.supersedes().equals(current.get().id())) {
      return "determination "
          + next.supersedes()
          + " is not the one in force ("
          + current.get().id()
          + "); only the one in force can be superseded";
    }
    if (next.at().isBefore(current.get().at())) {
      return "a determination cannot be dated before the one it supersedes";
    }
    return null;
  }
}
