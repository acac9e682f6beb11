package org.mekong.core.screening.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * The fast call-record path against a plain reference: each field parsed with {@link
 * Selectors#parse} and screened with {@link WatchList#screen}, over seeded random rows with numbers
 * in every written form, valid and invalid IMEIs and IMSIs, and a share of listed ones.
 */
class CdrAgainstReferenceTest {

  private static final int ROWS = 50_000;
  private static final List<String> REGIONS =
      List.of("TH", "CN", "MM", "KH", "LA", "VN", "JP", "GB", "US", "IT", "DE", "SG");

  @ParameterizedTest
  @CsvSource(value = {"20261129, TH", "7, NONE", "42, JP"})
  void fastPathAgreesWithTheReference(long seed, String regionCode) throws IOException {
    String region = regionCode.equals("NONE") ? null : regionCode;
    Random random = new Random(seed);
    List<String> phones = phones(random, 2_000);
    List<Selector> listed = new ArrayList<>();
    List<String> listedImeis = new ArrayList<>();
    List<String> listedImsis = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      if (Selectors.parse("+" + phones.get(i), SelectorType.PHONE, null)
          instanceof Parsed.Valid(Selector phone)) {
        listed.add(phone);
      }
      String imei = digits(random, 14);
      listedImeis.add(imei);
      listed.add(Lists.selector(SelectorType.IMEI, imei));
      String imsi = (2 + random.nextInt(6)) + digits(random, 14);
      listedImsis.add(imsi);
      listed.add(Lists.selector(SelectorType.IMSI, imsi));
    }
    WatchList list = Lists.watchList(listed.toArray(Selector[]::new));

    StringBuilder text = new StringBuilder("a_number,b_number,imei,imsi,cell,start,duration\n");
    List<String[]> rows = new ArrayList<>();
    for (int r = 0; r < ROWS; r++) {
      String[] row = {
        phoneField(random, phones),
        phoneField(random, phones),
        imeiField(random, listedImeis),
        imsiField(random, listedImsis)
      };
      rows.add(row);
      text.append(String.join(",", row)).append(",52001-1-").append(r).append(",t,1\n");
    }

    List<String> expected = new ArrayList<>();
    long expectedInvalid = 0;
    FieldRole[] roles = {FieldRole.A_NUMBER, FieldRole.B_NUMBER, FieldRole.IMEI, FieldRole.IMSI};
    for (int r = 0; r < ROWS; r++) {
      for (int f = 0; f < 4; f++) {
        String field = rows.get(r)[f];
        if (field.isBlank()) {
          continue;
        }
        Parsed parsed = reference(field, f, region);
        if (parsed instanceof Parsed.Valid(Selector selector)) {
          for (ScreeningHit hit : list.screen(selector)) {
            expected.add(
                (r + 1)
                    + " "
                    + roles[f].code()
                    + " "
                    + field
                    + " "
                    + selector.canonical()
                    + " "
                    + hit.entry().indicator().value());
          }
        } else {
          expectedInvalid++;
        }
      }
    }

    var run =
        Lists.run(
            text.toString(),
            BulkOptions.of(BulkFormat.CDR, region, null).withThreads(3, 200_000),
            BulkMatcher.of(list));
    List<String> actual =
        run.hits().stream()
            .map(
                h ->
                    h.row()
                        + " "
                        + h.role().code()
                        + " "
                        + h.raw()
                        + " "
                        + h.canonical()
                        + " "
                        + h.match().indicator().value())
            .toList();
    assertThat(actual).as("seed %d, region %s", seed, region).containsExactlyElementsOf(expected);
    assertThat(expected).as("seed %d: the sample has hits", seed).hasSizeGreaterThan(1_000);
    assertThat(run.summary().invalidFields()).as("seed %d", seed).isEqualTo(expectedInvalid);
    assertThat(run.summary().rows()).isEqualTo(ROWS);
  }

  private static Parsed reference(String field, int column, @Nullable String region) {
    return switch (column) {
      case 0, 1 -> {
        String s = field.strip();
        boolean national = s.startsWith("0") && !s.startsWith("00");
        yield national && region == null
            ? new Parsed.Invalid("national")
            : Selectors.parse(s, SelectorType.PHONE, national ? region : null);
      }
      case 2 -> Selectors.parse(field, SelectorType.IMEI, null);
      default -> Selectors.parse(field, SelectorType.IMSI, null);
    };
  }

  /** International digits of numbers in real ranges, and some invalid ones. */
  private static List<String> phones(Random random, int count) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> examples = new ArrayList<>();
    for (String region : REGIONS) {
      for (PhoneNumberType type : List.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)) {
        PhoneNumber example = util.getExampleNumberForType(region, type);
        if (example != null) {
          examples.add(util.format(example, PhoneNumberFormat.E164).substring(1));
        }
      }
    }
    List<String> phones = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String base = examples.get(random.nextInt(examples.size()));
      int keep = Math.max(4, base.length() - 4);
      String number = base.substring(0, keep) + digits(random, base.length() - keep);
      if (random.nextInt(10) == 0) {
        number = random.nextBoolean() ? number + random.nextInt(10) : number.substring(1);
      }
      phones.add(number);
    }
    return phones;
  }

  private static String phoneField(Random random, List<String> phones) {
    String digits =
        random.nextInt(5) == 0
            ? phones.get(random.nextInt(400))
            : phones.get(random.nextInt(phones.size()));
    return switch (random.nextInt(12)) {
      case 0, 1, 2 -> digits;
      case 3, 4 -> "+" + digits;
      case 5, 6 -> "00" + digits;
      case 7 -> "0" + digits.substring(Math.min(digits.length() - 1, 2));
      case 8 -> "0" + digits.substring(Math.min(digits.length() - 1, 1 + random.nextInt(3)));
      case 9 -> "+" + digits.substring(0, 2) + " " + digits.substring(2);
      case 10 -> random.nextBoolean() ? "" : digits(random, 1 + random.nextInt(16));
      default -> random.nextBoolean() ? "+" + digits.replace('1', 'A') : "0" + digits;
    };
  }

  private static String imeiField(Random random, List<String> listed) {
    String body =
        random.nextInt(5) == 0 ? listed.get(random.nextInt(listed.size())) : digits(random, 14);
    return switch (random.nextInt(8)) {
      case 0 -> "";
      case 1 -> body;
      case 2 -> body + random.nextInt(10);
      case 3 -> body + digits(random, 2);
      case 4 -> digits(random, 10 + random.nextInt(8));
      case 5 -> body.substring(0, 8) + "-" + body.substring(8);
      default -> Lists.withCheckDigit(body);
    };
  }

  private static String imsiField(Random random, List<String> listed) {
    String imsi =
        random.nextInt(5) == 0
            ? listed.get(random.nextInt(listed.size()))
            : "52" + digits(random, 13);
    return switch (random.nextInt(6)) {
      case 0 -> "";
      case 1 -> digits(random, 15);
      case 2 -> imsi.substring(1);
      default -> imsi;
    };
  }

  private static String digits(Random random, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }
}
