package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.core.selector.ParsedAssertions.canonical;
import static org.mekong.core.selector.ParsedAssertions.invalid;
import static org.mekong.core.selector.ParsedAssertions.valid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource({
    "CN, 131 2345 6789, +8613123456789, mobile",
    "CN, 010 1234 5678, +861012345678, fixed-line",
    "TH, 081-234-5678, +66812345678, mobile",
    "TH, 02 123 4567, +6621234567, fixed-line",
    "MM, 09 212 3456, +9592123456, mobile",
    "MM, 01 234 567, +951234567, fixed-line",
    "KH, 091 234 567, +85591234567, mobile",
    "KH, 023 756 789, +85523756789, fixed-line",
    "LA, 020 23 123 456, +8562023123456, mobile",
    "LA, 021 212 862, +85621212862, fixed-line",
    "VN, 0912 345 678, +84912345678, mobile",
    "VN, 0210 1234 567, +842101234567, fixed-line",
    "PH, 0905 123 4567, +639051234567, mobile",
    "PH, (02) 3234 5678, +63232345678, fixed-line",
    "MY, 012-345 6789, +60123456789, mobile",
    "MY, 03-2385 6789, +60323856789, fixed-line",
  })
  void nationalFormatsWithRegionHint(String region, String national, String e164, String type) {
    PhoneNumber phone = (PhoneNumber) valid(national, SelectorType.PHONE, region);
    assertThat(phone.e164()).isEqualTo(e164);
    assertThat(phone.country()).isEqualTo(region);
    assertThat(phone.numberType()).isEqualTo(type);
    assertThat(phone.attributes())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("country", region),
            org.assertj.core.api.Assertions.entry("number-type", type));
    // without a region hint the digits are read as international: never as this number
    assertThat(Selectors.parse(national, SelectorType.PHONE, null))
        .isNotEqualTo(new Parsed.Valid(phone));
    // the international spellings of the same number need no hint
    String digits = e164.substring(1);
    assertThat(canonical(e164, SelectorType.PHONE, null)).isEqualTo(e164);
    assertThat(canonical("00" + digits, SelectorType.PHONE, null)).isEqualTo(e164);
    assertThat(canonical("00 " + digits, SelectorType.PHONE, region)).isEqualTo(e164);
    assertThat(canonical(digits, SelectorType.PHONE, null)).isEqualTo(e164);
    assertThat(canonical(e164, SelectorType.PHONE, "US")).isEqualTo(e164);
  }

  @Test
  void fullWidthDigitsAndPlus() {
    assertThat(canonical("１３８００１３８０００", SelectorType.PHONE, "CN")).isEqualTo("+8613800138000");
    assertThat(canonical("＋８６ １３８-００１３-８０００", SelectorType.PHONE, null))
        .isEqualTo("+8613800138000");
    assertThat(canonical("+86 138 0013 8000", null, null)).isEqualTo("+8613800138000");
  }

  @Test
  void internationalPrefixesAndSeparators() {
    assertThat(canonical("0066812345678", SelectorType.PHONE, null)).isEqualTo("+66812345678");
    assertThat(canonical("00 86 138 0013 8000", SelectorType.PHONE, "TH"))
        .isEqualTo("+8613800138000");
    assertThat(canonical("+66 (81) 234.5678", SelectorType.PHONE, null)).isEqualTo("+66812345678");
    assertThat(canonical("+66-81-234-5678", null, null)).isEqualTo("+66812345678");
  }

  @Test
  void junkIsRejectedWithAReason() {
    assertThat(invalid("hello", SelectorType.PHONE, "TH")).contains("not a phone number");
    assertThat(invalid("+66 81 234 567x", SelectorType.PHONE, null)).contains("not a phone number");
    assertThat(invalid("+999 123 456 789", SelectorType.PHONE, null)).isNotBlank();
    assertThat(invalid("+66 1", SelectorType.PHONE, null)).contains("too short");
    assertThat(invalid("+66 12345678901234567890", SelectorType.PHONE, null)).isNotBlank();
    assertThat(invalid("+66 11 234 5678", SelectorType.PHONE, null)).contains("+66112345678");
    assertThat(invalid("081-234-5678", SelectorType.PHONE, "XX")).contains("unknown region");
    assertThat(canonical("+66812345678", SelectorType.PHONE, " ")).isEqualTo("+66812345678");
    assertThat(canonical("081-234-5678", SelectorType.PHONE, "th")).isEqualTo("+66812345678");
    assertThat(invalid("", SelectorType.PHONE, "TH")).isEqualTo("empty input");
  }

  @Test
  void numberTypesOtherThanMobileAndFixedLine() {
    PhoneNumber tollFree = (PhoneNumber) valid("1800 123 456", SelectorType.PHONE, "TH");
    assertThat(tollFree.numberType()).isEqualTo("toll-free");
    PhoneNumber nonGeographic = (PhoneNumber) valid("+800 1234 5678", SelectorType.PHONE, null);
    assertThat(nonGeographic.country()).isEqualTo("001");
  }

  @Test
  void theRecordAcceptsWhatItsPatternsAcceptAndNothingElse() {
    var e164 = java.util.regex.Pattern.compile("\\+[1-9][0-9]{2,17}");
    var region = java.util.regex.Pattern.compile("[A-Z]{2}|001");
    var numberType = java.util.regex.Pattern.compile("[a-z]+(-[a-z]+)*");
    long seed = System.nanoTime();
    java.util.Random random = new java.util.Random(seed);
    String alphabet = "+0123456789AZaz-_ ";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(22);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      boolean want =
          e164.matcher(s).matches()
              && region.matcher("TH").matches()
              && s.equals(org.mekong.core.selector.phone.PhoneFastPath.instance().e164(s));
      assertThat(accepts(s, "TH", "mobile")).as("seed %d: %s", seed, s).isEqualTo(want);
      assertThat(accepts("+66812345678", s, "mobile"))
          .as("seed %d: region %s", seed, s)
          .isEqualTo(region.matcher(s).matches());
      assertThat(accepts("+66812345678", "TH", s))
          .as("seed %d: number type %s", seed, s)
          .isEqualTo(numberType.matcher(s).matches());
    }
  }

  private static boolean accepts(String e164, String region, String numberType) {
    try {
      new PhoneNumber(e164, region, numberType);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
