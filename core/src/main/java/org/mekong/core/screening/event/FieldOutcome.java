package org.mekong.core.screening.event;

import java.util.List;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.selector.Selector;

/** What screening one field found: it is no valid selector, or its canonical selector and hits. */
public sealed interface FieldOutcome permits FieldOutcome.Invalid, FieldOutcome.Screened {

  /** The field is no valid selector (of its type); the reason says why. */
  record Invalid(String reason) implements FieldOutcome {
    public Invalid {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an invalid field needs a reason");
      }
    }
  }

  /** The field is this selector and hit these entries (none when it is clean). */
  record Screened(Selector selector, List<ScreeningHit> hits) implements FieldOutcome {
    public Screened {
      hits = List.copyOf(hits);
    }

    /** The selector's canonical key. */
    public String canonical() {
      return selector.canonical();
    }
  }
}
