package org.mekong.core.marking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The handling codes on a piece of information: H0 alone, or any of H1, H2 and H3 restrictions
 * together, kept in a canonical order (H1, H2, then H3 by restriction text).
 *
 * <p>H1 and H2 restrict different things (judicial use, onward sharing), so handling is a set and
 * not a single level: combining two markings keeps every restriction of both.
 */
public record Handling(List<HandlingCode> codes) {

  private static final Comparator<HandlingCode> CANONICAL =
      Comparator.comparing(HandlingCode::code)
          .thenComparing(code -> code instanceof HandlingCode.H3 h3 ? h3.restriction() : "");

  /** H0: no restriction. */
  public static final Handling NONE = new Handling(List.of(HandlingCode.NO_RESTRICTION));

  public Handling {
    TreeSet<HandlingCode> canonical = new TreeSet<>(CANONICAL);
    canonical.addAll(codes);
    if (canonical.size() > 1) {
      canonical.remove(HandlingCode.NO_RESTRICTION);
    }
    if (canonical.isEmpty()) {
      canonical.add(HandlingCode.NO_RESTRICTION);
    }
    codes = List.copyOf(canonical);
  }

  /** Handling with these codes; H0 given beside a restriction is dropped. */
  public static Handling of(HandlingCode... codes) {
    return new Handling(List.of(codes));
  }

  /** Whether the information may be used in judicial proceedings without asking (no H1). */
  public boolean judicialUseAllowed() {
    return !codes.contains(HandlingCode.NO_JUDICIAL_USE);
  }

  /** Whether a receiver may share the information onward without asking (no H2). */
  public boolean onwardSharingAllowed() {
    return !codes.contains(HandlingCode.NO_ONWARD_SHARING);
  }

  /** The H3 restriction texts, in canonical order. */
  public List<String> restrictions() {
    List<String> texts = new ArrayList<>();
    for (HandlingCode code : codes) {
      if (code instanceof HandlingCode.H3 h3) {
        texts.add(h3.restriction());
      }
    }
    return List.copyOf(texts);
  }

  /** Whether this handling carries every restriction that {@code other} carries. */
  public boolean isAtLeastAsStrictAs(Handling other) {
    return restrictionsOf(this).containsAll(restrictionsOf(other));
  }

  /** The handling that carries every restriction of both (H3 texts of both are kept). */
  public Handling combine(Handling other) {
    List<HandlingCode> all = new ArrayList<>(codes);
    all.addAll(other.codes);
    return new Handling(all);
  }

  private static Collection<HandlingCode> restrictionsOf(Handling handling) {
    return handling.codes.stream().filter(code -> !(code instanceof HandlingCode.H0)).toList();
  }
}
