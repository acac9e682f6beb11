package org.mekong.core.selector.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhoneFastPathTest {

  private final PhoneFastPath fastPath = PhoneFastPath.instance();

  @Test
  void callRecordStyleInputsGiveE164() {
    assertThat(fastPath.e164("8613800138000")).isEqualTo("+8613800138000");
    assertThat(fastPath.e164("+66812345678")).isEqualTo("+66812345678");
    assertThat(fastPath.e164("0066812345678")).isEqualTo("+66812345678");
    assertThat(fastPath.e164Digits("0066812345678")).isEqualTo(66812345678L);
    assertThat(PhoneFastPath.format(66812345678L)).isEqualTo("+66812345678");
  }

  @Test
  void rejectionsAreInvalid() {
    assertThat(fastPath.e164Digits("")).isEqualTo(PhoneFastPath.INVALID);
    assertThat(fastPath.e164Digits("+")).isEqualTo(PhoneFastPath.INVALID);
    assertThat(fastPath.e164Digits("66")).isEqualTo(PhoneFastPath.INVALID);
    assertThat(fastPath.e164Digits("0812345678")).isEqualTo(PhoneFastPath.INVALID);
    assertThat(fastPath.e164Digits("+999123456789")).isEqualTo(PhoneFastPath.INVALID);
    assertThat(fastPath.e164Digits("861234")).isEqualTo(PhoneFastPath.INVALID);
    assertThat(fastPath.e164Digits("123456789012345678901234")).isEqualTo(PhoneFastPath.INVALID);
    assertThat(fastPath.e164("hello")).isNull();
  }

  @Test
  void equalsLibphonenumberOnSeededRandomCallRecords() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<String> sample = CallRecordSample.generate(random, 300_000);
    int valid = 0;
    int decided = 0;
    for (String input : sample) {
      String expected = fastPath.reference(input);
      assertThat(fastPath.e164(input)).as("seed %d, input %s", seed, input).isEqualTo(expected);
      long digits = fastPath.e164Digits(input);
      assertThat(digits)
          .as("seed %d, input %s", seed, input)
          .isEqualTo(
              expected == null ? PhoneFastPath.INVALID : Long.parseLong(expected.substring(1)));
      if (expected != null) {
        valid++;
      }
      if (fastPath.decides(input)) {
        decided++;
      }
    }
    assertThat(valid).as("seed %d: the sample has valid numbers", seed).isGreaterThan(50_000);
    assertThat(decided)
        .as("seed %d: the automata decide most inputs themselves", seed)
        .isGreaterThan(sample.size() * 9 / 10);
    assertThat(sample.size() - valid).as("seed %d: and invalid ones", seed).isGreaterThan(50_000);
  }

  @Test
  void theMetadataOfEveryCallingCodeCompiles() {
    // a libphonenumber upgrade whose patterns leave the supported syntax shows up here
    for (int callingCode : PhoneNumberUtil.getInstance().getSupportedCallingCodes()) {
      assertThat(fastPath.compiles(callingCode)).as("calling code %d", callingCode).isTrue();
    }
  }

  @Test
  void nationalPrefixesAfterTheCallingCodeAreStrippedAsLibphonenumberDoes() {
    // libphonenumber drops a national prefix written after the calling code
    assertThat(fastPath.e164("+44 020 7946 0958".replace(" ", ""))).isEqualTo("+442079460958");
    assertThat(fastPath.decides("+4402079460958")).isTrue();
    assertThat(fastPath.e164("0066081234567")).isEqualTo(fastPath.reference("0066081234567"));
    assertThat(fastPath.e164("+8601012345678")).isEqualTo(fastPath.reference("+8601012345678"));
  }

  @Test
  void everyExampleNumberOfEveryRegionAndTypeMatches() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> inputs = new ArrayList<>();
    for (String region : util.getSupportedRegions()) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber example = util.getExampleNumberForType(region, type);
        if (example != null) {
          inputs.add(util.format(example, PhoneNumberUtil.PhoneNumberFormat.E164));
        }
      }
    }
    for (int callingCode : util.getSupportedGlobalNetworkCallingCodes()) {
      PhoneNumber example = util.getExampleNumberForNonGeoEntity(callingCode);
      if (example != null) {
        inputs.add(util.format(example, PhoneNumberUtil.PhoneNumberFormat.E164));
      }
    }
    assertThat(inputs).hasSizeGreaterThan(1000);
    for (String input : inputs) {
      assertThat(fastPath.e164(input)).as(input).isEqualTo(fastPath.reference(input)).isNotNull();
    }
  }
}
