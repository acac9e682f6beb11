package org.mekong.core.marking;

import java.util.Set;
import org.mekong.core.agency.AgencyId;

/** The marking of an object made from several marked objects, see {@link Marking#strictest}. */
public sealed interface Merged permits Merged.Marked, Merged.OriginatorsOnly {

  /** The inputs share an audience; the combined object carries this marking. */
  record Marked(Marking marking) implements Merged {}

  /**
   * The combined object is TLP:RED but its inputs have no named recipient in common: nobody but the
   * originators of the inputs may see it.
   */
  record OriginatorsOnly(Handling handling, Evaluation evaluation) implements Merged {}

  /** The strictest TLP level of the inputs. */
  default Tlp tlp() {
    return switch (this) {
      case Marked marked -> marked.marking().tlp();
      case OriginatorsOnly ignored -> Tlp.RED;
    };
  }

  /** Every handling restriction of the inputs. */
  default Handling handling() {
    return switch (this) {
      case Marked marked -> marked.marking().handling();
      case OriginatorsOnly only -> only.handling();
    };
  }

  /** The weakest evaluation grades of the inputs. */
  default Evaluation evaluation() {
    return switch (this) {
      case Marked marked -> marked.marking().evaluation();
      case OriginatorsOnly only -> only.evaluation();
    };
  }

  /** This combination further combined with an object marked {@code other}. */
  default Merged and(Marking other) {
    return switch (this) {
      case Marked marked -> Marking.combine(marked.marking(), other);
      case OriginatorsOnly only ->
          new OriginatorsOnly(
              only.handling().combine(other.handling()),
              only.evaluation().weaker(other.evaluation()));
    };
  }

  /**
   * The marking to store on the combined object whose inputs came from {@code originators}: the
   * combined marking, or for {@link OriginatorsOnly} TLP:RED naming the originators.
   */
  default Marking markingFor(Set<AgencyId> originators) {
    return switch (this) {
      case Marked marked -> marked.marking();
      case OriginatorsOnly only ->
          new Marking(Tlp.RED, only.handling(), only.evaluation(), originators);
    };
  }
}
