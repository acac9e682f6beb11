package org.mekong.core.marking;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mekong.core.agency.AgencyId;

/**
 * The marking on a shared object: its TLP level, handling codes, evaluation and named recipient
 * agencies.
 *
 * <p>Named recipients are required for {@link Tlp#RED} (they are the whole audience), allowed for
 * {@link Tlp#AMBER} and {@link Tlp#AMBER_STRICT} (they are added to the agencies that receive the
 * object's categories through sharing agreements) and rejected for {@link Tlp#CLEAR} and {@link
 * Tlp#GREEN}, whose audience no list can narrow.
 */
public record Marking(Tlp tlp, Handling handling, Evaluation evaluation, Set<AgencyId> recipients) {

  private static final Comparator<AgencyId> BY_VALUE = Comparator.comparing(AgencyId::value);

  public Marking {
    requireNonNull(tlp, "tlp");
    requireNonNull(handling, "handling");
    requireNonNull(evaluation, "evaluation");
    recipients = sorted(recipients);
    Optional<String> problem = problem(tlp, recipients);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
  }

  /** A marking at {@code tlp} without restrictions, evaluation or named recipients; not RED. */
  public static Marking of(Tlp tlp) {
    return new Marking(tlp, Handling.NONE, Evaluation.UNJUDGED, Set.<AgencyId>of());
  }

  /** Checks input for a marking: a marking, or why these parts do not make one. */
  public static MarkingCheck check(
      Tlp tlp, Handling handling, Evaluation evaluation, Set<AgencyId> recipients) {
    return problem(tlp, recipients)
        .<MarkingCheck>map(MarkingCheck.Invalid::new)
        .orElseGet(
            () -> new MarkingCheck.Valid(new Marking(tlp, handling, evaluation, recipients)));
  }

  /** Whether {@code agency} is named as a recipient. */
  public boolean names(AgencyId agency) {
    return recipients.contains(agency);
  }

  /**
   * Whether a node that received this object from elsewhere may pass it on to another node: only
   * TLP:CLEAR and TLP:GREEN without H2. TLP:AMBER stays with the receiving agency and its clients,
   * TLP:AMBER+STRICT inside the receiving agency, TLP:RED with its named recipients, and H2 on
   * anything at the receiving node.
   */
  public boolean onwardSharingAllowed() {
    boolean levelAllows =
        switch (tlp) {
          case CLEAR, GREEN -> true;
          case AMBER, AMBER_STRICT, RED -> false;
        };
    return levelAllows && handling.onwardSharingAllowed();
  }

  /**
   * Whether this marking restricts at least as much as {@code other}: a TLP level at least as
   * strict, every handling restriction of {@code other}, and, where {@code other} is AMBER or
   * stricter, no named recipient that {@code other} does not name.
   */
  public boolean isAtLeastAsStrictAs(Marking other) {
    return tlp.isAtLeastAsStrictAs(other.tlp)
        && handling.isAtLeastAsStrictAs(other.handling)
        && (!other.restrictsRecipients() || other.recipients.containsAll(recipients));
  }

  /** The marking of an object made from objects marked {@code a} and {@code b}. */
  public static Merged strictest(Marking a, Marking b) {
    return strictest(List.of(a, b));
  }

  /**
   * The marking of an object made from objects with these markings (at least one): the strictest
   * TLP level, every handling restriction, the weakest evaluation grades, and as named recipients
   * those that every input at TLP:AMBER or stricter names. When the result is TLP:RED and no
   * recipient is common to all, the result is {@link Merged.OriginatorsOnly}.
   */
  public static Merged strictest(Collection<Marking> markings) {
    Iterator<Marking> each = markings.iterator();
    if (!each.hasNext()) {
      throw new IllegalArgumentException("combining markings needs at least one marking");
    }
    Merged merged = new Merged.Marked(each.next());
    while (each.hasNext()) {
      merged = merged.and(each.next());
    }
    return merged;
  }

  /** Whether the named recipients narrow (RED) or define the extra (AMBER) audience. */
  boolean restrictsRecipients() {
    return tlp.isAtLeastAsStrictAs(Tlp.AMBER);
  }

  static Merged combine(Marking a, Marking b) {
    Tlp tlp = Tlp.stricter(a.tlp, b.tlp);
    Handling handling = a.handling.combine(b.handling);
    Evaluation evaluation = a.evaluation.weaker(b.evaluation);
    Set<AgencyId> recipients;
    if (a.restrictsRecipients() && b.restrictsRecipients()) {
      recipients = new HashSet<>(a.recipients);
      recipients.retainAll(b.recipients);
    } else if (a.restrictsRecipients()) {
      recipients = a.recipients;
    } else {
      recipients = b.recipients;
    }
    if (tlp == Tlp.RED && recipients.isEmpty()) {
      return new Merged.OriginatorsOnly(handling, evaluation);
    }
    return new Merged.Marked(new Marking(tlp, handling, evaluation, recipients));
  }

  private static Optional<String> problem(Tlp tlp, Set<AgencyId> recipients) {
    return switch (tlp) {
      case CLEAR, GREEN ->
          recipients.isEmpty()
              ? Optional.empty()
              : Optional.of(tlp.label() + " reaches everyone it allows; it names no recipients");
      case AMBER, AMBER_STRICT -> Optional.empty();
      case RED ->
          recipients.isEmpty()
              ? Optional.of(tlp.label() + " names at least one recipient agency")
              : Optional.empty();
    };
  }

  /** The recipients as an unmodifiable set that iterates in the order of their ids. */
  private static Set<AgencyId> sorted(Set<AgencyId> recipients) {
    TreeSet<AgencyId> sorted = new TreeSet<>(BY_VALUE);
    for (AgencyId recipient : recipients) {
      sorted.add(requireNonNull(recipient, "recipient"));
    }
    return Collections.unmodifiableSortedSet(sorted);
  }
}
