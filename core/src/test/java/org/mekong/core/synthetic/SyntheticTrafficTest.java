package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.ChecksumEncodings;
import org.mekong.core.selector.Imsi;
import org.mekong.core.selector.Selector;
import org.mekong.core.synthetic.TrafficScreening.Format;

class SyntheticTrafficTest {

  private static final long SEED = 20_261_128L;
  private static final LocalDate DAY = LocalDate.of(2026, 10, 31);

  /** A file and what it planted. */
  record Written(String text, TrafficTruth truth) {}

  interface Writer {
    TrafficTruth write(long seed, LocalDate day, int rows, Appendable out) throws IOException;
  }

  static Written write(Writer writer, long seed, LocalDate day, int rows) {
    StringBuilder out = new StringBuilder();
    try {
      TrafficTruth truth = writer.write(seed, day, rows, out);
      return new Written(out.toString(), truth);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theSameSeedAndDayGiveTheSameBytesAndAnotherSeedOrDayOthers() {
    for (Writer writer :
        List.<Writer>of(
            SyntheticTraffic::callRecords,
            SyntheticTraffic::transfers,
            SyntheticTraffic::webVisits)) {
      Written first = write(writer, SEED, DAY, 5_000);
      assertThat(write(writer, SEED, DAY, 5_000)).isEqualTo(first);
      assertThat(write(writer, SEED + 1, DAY, 5_000).text()).isNotEqualTo(first.text());
      assertThat(write(writer, SEED, DAY.plusDays(1), 5_000).text()).isNotEqualTo(first.text());
      assertThat(first.text().lines().count()).isEqualTo(5_001);
      assertThat(first.truth().rows()).isEqualTo(5_000);
    }
  }

  @Test
  void callRecordsParseAndLookLikeADayOfCalls() {
    Written calls = write(SyntheticTraffic::callRecords, SEED, DAY, 20_000);
    List<String> lines = calls.text().lines().toList();
    assertThat(lines.getFirst()).isEqualTo("a_number,b_number,imei,imsi,cell,start,duration");
    Instant from = DAY.atStartOfDay().toInstant(ZoneOffset.ofHours(7));
    Instant previous = from;
    Set<String> spellings = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertThat(f).as(line).hasSize(7);
      for (String number : List.of(f[0], f[1])) {
        spellings.add(
            number.startsWith("+")
                ? "+"
                : number.startsWith("00") ? "00" : number.startsWith("0") ? "0" : "digits");
      }
      if (!f[2].isEmpty()) {
        assertThat(f[2]).as(line).hasSize(15);
        assertThat(ChecksumEncodings.luhnCheckDigit(f[2].substring(0, 14)))
            .as(line)
            .isEqualTo(f[2].charAt(14) - '0');
        assertThat(f[3]).as(line).hasSize(15).startsWith("520");
      }
      assertThat(f[4]).as(line).matches("52099-\\d{4}-\\d{5}");
      Instant start = Instant.parse(f[5]);
      assertThat(start).as(line).isAfterOrEqualTo(previous).isBefore(from.plusSeconds(86_400));
      previous = start;
      assertThat(Integer.parseInt(f[6])).as(line).isBetween(0, 7_200);
    }
    assertThat(spellings).containsExactlyInAnyOrder("digits", "+", "00", "0");
    List<Selector> fields = TrafficScreening.fields(calls.text(), Format.CDR, CallRecords.HEADER);
    assertThat(fields.stream().filter(Imsi.class::isInstance).map(s -> ((Imsi) s).mcc()))
        .containsOnly("520");
  }

  @Test
  void transfersAndVisitsParse() {
    Written transfers = write(SyntheticTraffic::transfers, SEED, DAY, 20_000);
    for (String line : transfers.text().lines().skip(1).toList()) {
      String[] f = line.split(",", -1);
      assertThat(f).as(line).hasSize(5);
      assertThat(f[2]).as(line).matches("\\d+\\.\\d\\d");
      assertThat(f[3]).as(line).isIn("THB", "USDT", "EUR", "GBP", "AED");
      Instant.parse(f[4]);
    }
    List<Selector> fields =
        TrafficScreening.fields(transfers.text(), Format.TRANSFERS, Transfers.HEADER);
    assertThat(fields).hasSize(40_000);
    Written web = write(SyntheticTraffic::webVisits, SEED, DAY, 5_000);
    assertThat(TrafficScreening.fields(web.text(), Format.URLS, WebVisits.HEADER)).hasSize(5_000);
  }

  @Test
  void rowCountsAreChecked() {
    assertThatThrownBy(() -> SyntheticTraffic.callRecords(SEED, DAY, -1, new StringBuilder()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(write(SyntheticTraffic::transfers, SEED, DAY, 0).text())
        .isEqualTo(Transfers.HEADER + "\n");
    assertThat(write(SyntheticTraffic::callRecords, SEED, DAY, 0).truth().hitRows()).isZero();
  }
}
