package org.mekong.core.synthetic;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mekong.core.border.check.ListedProfile;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.names.Schema;

/**
 * Reproducible listed persons for tests and benchmarks of traveller checks: the persons of {@link
 * SyntheticNames} (Chinese in Han and pinyin, Thai in Thai script and romanised, Vietnamese,
 * Burmese, Western) with a nationality that fits the name, a birth date (90 % the full date between
 * 1950 and 2005, 5 % the year alone, 5 % unknown) and, for 70 %, a passport of their state.
 */
public final class SyntheticTravellers {

  private static final String[] WESTERN_STATES = {"GBR", "USA", "AUS", "DEU", "FRA", "NLD"};

  private SyntheticTravellers() {}

  /** The listed person numbered {@code number} of the world of {@code seed}: the same each time. */
  public static ListedProfile profile(long seed, int number) {
    SyntheticNames.Entity entity = SyntheticNames.entity(seed, number);
    for (int k = 1; entity.schema() != Schema.PERSON; k++) {
      entity = SyntheticNames.entity(seed + k, number);
    }
    SplittableRandom random = new SplittableRandom(seed * 7_919L + number);
    String state = state(entity.names(), random);
    int roll = random.nextInt(100);
    List<PartialDate> born = new ArrayList<>();
    int year = 1950 + random.nextInt(56);
    if (roll < 90) {
      born.add(new PartialDate(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    } else if (roll < 95) {
      born.add(new PartialDate(year, 0, 0));
    }
    List<TravelDocument> documents = new ArrayList<>();
    if (random.nextInt(10) < 7) {
      documents.add(
          new TravelDocument(
              state,
              String.valueOf((char) ('A' + random.nextInt(26)))
                  + (char) ('A' + random.nextInt(26))
                  + (1_000_000 + random.nextInt(9_000_000))));
    }
    return new ListedProfile(entity.names(), born, List.of(state), documents);
  }

  private static String state(List<String> names, SplittableRandom random) {
    if (names.size() == 2) {
      String second = names.get(1);
      UnicodeScript script = UnicodeScript.of(second.codePointAt(0));
      if (script == UnicodeScript.HAN) {
        return "CHN";
      }
      if (script == UnicodeScript.THAI) {
        return "THA";
      }
      return "MMR"; // "U " and the name
    }
    String name = names.getFirst();
    boolean vietnamese = !name.chars().allMatch(c -> c < 0x80) || name.startsWith("Ng");
    return vietnamese ? "VNM" : WESTERN_STATES[random.nextInt(WESTERN_STATES.length)];
  }
}
