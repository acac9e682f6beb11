package org.mekong.core.legal;

import java.util.List;
import org.mekong.core.border.mrz.Sex;
import org.mekong.core.input.PartialDate;

/** Records for the tests of this package. */
final class Fixtures {

  private Fixtures() {}

  static Person person() {
    return new Person(
        List.of("Saw Chit Thu"),
        PartialDate.parse("birthDate", "1973"),
        "MMR",
        Sex.MALE,
        List.of(new TravelDocument("MMR", "MA1234567")));
  }
}
