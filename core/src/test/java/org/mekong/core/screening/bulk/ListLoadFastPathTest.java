package org.mekong.core.screening.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.selector.PhoneNumber;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/**
 * Loading an export whose phone numbers are E.164 already (they take the phone fast path) gives the
 * index libphonenumber's parse gave: every row, of every selector type, hits its own indicator.
 */
class ListLoadFastPathTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @TempDir Path dir;

  /** The selector libphonenumber alone makes of an E.164 number, as the load did before. */
  private static PhoneNumber byLibphonenumber(String e164) throws NumberParseException {
    var parsed = UTIL.parse(e164, "ZZ");
    return new PhoneNumber(
        UTIL.format(parsed, PhoneNumberFormat.E164),
        UTIL.getRegionCodeForNumber(parsed),
        UTIL.getNumberType(parsed).name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  @Test
  void everyRowOfEveryTypeHitsItsIndicatorAsBefore() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Map<String, Selector> rows = new LinkedHashMap<>();
    List<String> regions = new ArrayList<>(UTIL.getSupportedRegions());
    regions.sort(null);
    while (rows.size() < 2_000) {
      String region = regions.get(random.nextInt(regions.size()));
      PhoneNumberType type =
          PhoneNumberType.values()[random.nextInt(PhoneNumberType.values().length)];
      var example = UTIL.getExampleNumberForType(region, type);
      if (example == null) {
        continue;
      }
      String e164 = UTIL.format(example, PhoneNumberFormat.E164);
      StringBuilder varied = new StringBuilder(e164);
      int last = varied.length() - 1;
      varied.setCharAt(last, (char) ('0' + random.nextInt(10)));
      String candidate = varied.toString();
      var parsed = UTIL.parse(candidate, "ZZ");
      if (UTIL.isValidNumber(parsed)) {
        rows.put("phone," + candidate + ",", byLibphonenumber(candidate));
      }
    }
    rows.put("phone,081 234 5678,TH", byLibphonenumber("+66812345678"));
    rows.put("phone,+4402079460958,", byLibphonenumber("+442079460958"));
    Map<String, SelectorType> others = new LinkedHashMap<>();
    others.put("scam-bank.com", SelectorType.DOMAIN);
    others.put("bluewin_login_accountsmail.godaddysites.com", SelectorType.DOMAIN);
    others.put("http://evil.example.com/login", SelectorType.URL);
    others.put("192.0.2.1", SelectorType.IP);
    others.put("490154203237518", SelectorType.IMEI);
    others.put("520031234567890", SelectorType.IMSI);
    others.put("mule@example.org", SelectorType.EMAIL);
    others.put("com.fake.police", SelectorType.APP);
    others.put("telegram:@Scam_Support", SelectorType.SOCIAL);
    others.put("0x52908400098527886e0f7030069857d2e4169ee7", SelectorType.WALLET);
    others.put("GB82WEST12345698765432", SelectorType.BANK_ACCOUNT);
    others.forEach(
        (value, type) -> rows.put(type.code() + "," + value + ",", Lists.selector(type, value)));

    StringBuilder csv =
        new StringBuilder("type,value,region,categories,confidence,tlp,indicator\n");
    Map<Selector, IndicatorId> ids = new LinkedHashMap<>();
    for (var row : rows.entrySet()) {
      IndicatorId id = IndicatorId.of(Lists.CCIB, row.getValue().id());
      ids.put(row.getValue(), id);
      String[] cells = row.getKey().split(",", -1);
      csv.append(cells[0])
          .append(",\"")
          .append(cells[1])
          .append("\",")
          .append(cells[2])
          .append(",fraud,80,green,")
          .append(id.value())
          .append('\n');
    }
    Path export = dir.resolve("export.csv");
    Files.writeString(export, csv, StandardCharsets.UTF_8);

    ListLoad.Loaded loaded = (ListLoad.Loaded) ListFiles.load(export);

    assertThat(loaded.skipped()).as("seed %d", seed).isEmpty();
    assertThat(loaded.entries()).as("seed %d", seed).isEqualTo(ids.size());
    for (var expected : ids.entrySet()) {
      List<BulkMatch> hits = loaded.matcher().match(expected.getKey());
      assertThat(hits)
          .as("seed %d: %s", seed, expected.getKey())
          .extracting(BulkMatch::indicator)
          .contains(expected.getValue());
    }
  }
}
