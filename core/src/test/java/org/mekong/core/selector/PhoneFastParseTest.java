package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * Phone numbers written as {@code +} and digits parse through the fast path to exactly what
 * libphonenumber gives: the same E.164 form, region and number type, or the same rejection.
 */
class PhoneFastParseTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private static List<String> examples() {
    List<String> inputs = new ArrayList<>();
    for (String region : UTIL.getSupportedRegions()) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        Phonenumber.PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        if (example != null) {
          inputs.add(UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164));
        }
      }
    }
    for (int callingCode : UTIL.getSupportedGlobalNetworkCallingCodes()) {
      Phonenumber.PhoneNumber example = UTIL.getExampleNumberForNonGeoEntity(callingCode);
      if (example != null) {
        inputs.add(UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164));
      }
    }
    return inputs;
  }

  @Test
  void everyExampleNumberOfEveryRegionAndTypeParsesAsLibphonenumberParsesIt() {
    int described = 0;
    for (String input : examples()) {
      assertThat(PhoneParser.parse(input, null))
          .as(input)
          .isEqualTo(PhoneParser.parseWithLibphonenumber(input, null));
      if (PhoneFastPath.instance().describe(input) != null) {
        described++;
      }
    }
    assertThat(described).as("the automata describe the examples").isGreaterThan(1000);
  }

  @Test
  void seededVariantsOfTheExamplesParseAsLibphonenumberParsesThem() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<String> examples = examples();
    int valid = 0;
    for (int i = 0; i < 100_000; i++) {
      String example = examples.get(random.nextInt(examples.size()));
      String input = variant(example, random);
      Parsed expected = PhoneParser.parseWithLibphonenumber(input, null);
      assertThat(PhoneParser.parse(input, null)).as("seed %d: %s", seed, input).isEqualTo(expected);
      if (expected instanceof Parsed.Valid) {
        valid++;
      }
    }
    assertThat(valid).as("seed %d: the variants hold valid numbers", seed).isGreaterThan(25_000);
  }

  @Test
  void aRegionHintIsStillCheckedForInternationalNumbers() {
    assertThat(PhoneParser.parse("+66812345678", "XX")).isInstanceOf(Parsed.Invalid.class);
    assertThat(PhoneParser.parse("+66812345678", "th"))
        .isEqualTo(PhoneParser.parseWithLibphonenumber("+66812345678", "th"));
  }

  /** The example with its digits after the first few changed, dropped or added at random. */
  private static String variant(String example, Random random) {
    StringBuilder digits = new StringBuilder(example);
    int from = Math.min(4, digits.length() - 1);
    switch (random.nextInt(4)) {
      case 0 -> {
        // keep it: examples are valid
      }
      case 1 -> {
        for (int i = from; i < digits.length(); i++) {
          if (random.nextInt(3) == 0) {
            digits.setCharAt(i, (char) ('0' + random.nextInt(10)));
          }
        }
      }
      case 2 -> digits.deleteCharAt(from + random.nextInt(digits.length() - from));
      default ->
          digits.insert(from + random.nextInt(digits.length() - from + 1), random.nextInt(10));
    }
    return digits.toString();
  }
}
