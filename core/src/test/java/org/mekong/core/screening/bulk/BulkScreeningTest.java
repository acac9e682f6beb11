package org.mekong.core.screening.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.screening.bulk.Lists.selector;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.SelectorType;

class BulkScreeningTest {

  private static final String IMEI_BODY = "35209900176148";
  private static final String IMSI = "520031234567890";
  private static final WatchList LIST =
      Lists.watchList(
          selector(SelectorType.PHONE, "+66812345678"),
          selector(SelectorType.PHONE, "+8613800138000"),
          selector(SelectorType.IMEI, IMEI_BODY),
          selector(SelectorType.IMSI, IMSI),
          selector(SelectorType.DOMAIN, "scam-bank.com"),
          selector(SelectorType.BANK_ACCOUNT, "GB82WEST12345698765432"),
          selector(SelectorType.BANK_ACCOUNT, "TH:KASITHBK:1234567890"),
          selector(SelectorType.WALLET, "0x52908400098527886e0f7030069857d2e4169ee7"));
  private static final BulkMatcher MATCHER = BulkMatcher.of(LIST);

  private static BulkOptions options(BulkFormat format, @Nullable String region) {
    return BulkOptions.of(format, region, null).withThreads(2, BulkOptions.MAX_LINE + 2);
  }

  @Test
  void callRecordsHitInEveryWrittenForm() throws IOException {
    String cdr =
        """
        a_number,b_number,imei,imsi,cell,start,duration
        66812345678,66899999999,,,52001-1-1,2026-11-28T08:15:02Z,60
        +66812345678,66899999999,,,52001-1-1,2026-11-28T08:15:02Z,60
        0066812345678,66899999999,,,52001-1-1,2026-11-28T08:15:02Z,60
        0812345678,66899999999,,,52001-1-1,2026-11-28T08:15:02Z,60
        66899999999,+66 81-234-5678,,,52001-1-1,2026-11-28T08:15:02Z,60
        66899999999,8613800138000,%s,%s,52001-1-1,2026-11-28T08:15:02Z,60
        66899999999,66899999998,%s,,52001-1-1,2026-11-28T08:15:02Z,60
        66899999999,66899999998,%s1,,52001-1-1,2026-11-28T08:15:02Z,60
        """
            .formatted(IMEI_BODY, IMSI, Lists.withCheckDigit(IMEI_BODY), IMEI_BODY);
    var run = Lists.run(cdr, options(BulkFormat.CDR, "TH"), MATCHER);

    assertThat(run.hits())
        .extracting(h -> h.row() + " " + h.role().code() + " " + h.raw() + " " + h.canonical())
        .containsExactly(
            "1 a_number 66812345678 +66812345678",
            "2 a_number +66812345678 +66812345678",
            "3 a_number 0066812345678 +66812345678",
            "4 a_number 0812345678 +66812345678",
            "5 b_number +66 81-234-5678 +66812345678",
            "6 b_number 8613800138000 +8613800138000",
            "6 imei " + IMEI_BODY + " " + IMEI_BODY,
            "6 imsi " + IMSI + " " + IMSI,
            "7 imei " + Lists.withCheckDigit(IMEI_BODY) + " " + IMEI_BODY,
            "8 imei " + IMEI_BODY + "1 " + IMEI_BODY);
    BulkHit first = run.hits().get(0);
    assertThat(first.match().kind()).isEqualTo(MatchKind.EXACT);
    assertThat(first.match().originator()).isEqualTo("th-ccib");
    assertThat(first.match().categories()).containsExactly("fraud.impersonation.authority");
    assertThat(run.summary().rows()).isEqualTo(8);
    assertThat(run.summary().rowsWithHits()).isEqualTo(8);
    assertThat(run.summary().hits()).isEqualTo(10);
    assertThat(run.output().lines().findFirst().orElseThrow())
        .isEqualTo(
            "{\"row\":1,\"role\":\"a_number\",\"input\":\"66812345678\","
                + "\"canonical\":\"+66812345678\",\"indicator\":\""
                + first.match().indicator().value()
                + "\",\"categories\":[\"fraud.impersonation.authority\"],\"confidence\":80,"
                + "\"tlp\":\"amber\",\"originator\":\"th-ccib\",\"match\":\"exact\","
                + "\"matched\":\"+66812345678\"}");
  }

  @Test
  void fieldsReadAsTextAndAsBytesHitInFieldOrderWithinOneChunk() throws IOException {
    // one chunk: the byte path's phones, IMEIs and IMSIs are asked of the matcher at its end,
    // the fields read as text at once; the hits still come in the order of the fields
    String cdr =
        """
        +66 81-234-5678,8613800138000,%s,%s,c,t,1
        66812345678,"+86 138 0013 8000",%s,%s,c,t,2
        66899999999,66812345678,%s-1,,c,t,3
        """
            .formatted(IMEI_BODY, IMSI, IMEI_BODY, IMSI, IMEI_BODY);
    var run =
        Lists.run(cdr, BulkOptions.of(BulkFormat.CDR, "TH", null).withThreads(2, 1 << 20), MATCHER);

    assertThat(run.hits())
        .extracting(h -> h.row() + " " + h.role().code() + " " + h.canonical())
        .containsExactly(
            "1 a_number +66812345678",
            "1 b_number +8613800138000",
            "1 imei " + IMEI_BODY,
            "1 imsi " + IMSI,
            "2 a_number +66812345678",
            "2 b_number +8613800138000",
            "2 imei " + IMEI_BODY,
            "2 imsi " + IMSI,
            "3 b_number +66812345678",
            "3 imei " + IMEI_BODY);
    assertThat(run.summary().rowsWithHits()).isEqualTo(3);
  }

  @Test
  void nationalNumbersWithoutARegionAreInvalidFields() throws IOException {
    var run =
        Lists.run(
            "0812345678,66812345678,123,,c,t,1\n",
            BulkOptions.of(BulkFormat.CDR, null, null),
            MATCHER);
    assertThat(run.hits()).extracting(h -> h.role()).containsExactly(FieldRole.B_NUMBER);
    assertThat(run.summary().invalid())
        .containsOnlyKeys(
            "a_number: a national number: give the default region (--region)",
            "imei: an IMEI has 15 digits (14 without check digit, 16 as IMEISV)");
    assertThat(run.summary().invalid().values())
        .allSatisfy(t -> assertThat(t.firstLines()).containsExactly(1L));
  }

  @Test
  void smsBodiesSendersAndRecipients() throws IOException {
    String sms =
        """
        sender,recipient,sent_at,body
        POLICE,66899999999,2026-11-28T08:15:02Z,"Your parcel is held, pay at https://pay.scam-bank.com/x or call +66 81 234 5678"
        8613800138000,66899999999,2026-11-28T08:15:02Z,hello
        BANK,66899999999,2026-11-28T08:15:02Z,"nothing ""here""\"
        """;
    var run = Lists.run(sms, options(BulkFormat.SMS, "TH"), MATCHER);
    assertThat(run.hits())
        .extracting(
            h -> h.row() + " " + h.role().code() + " " + h.canonical() + " " + h.match().kind())
        .containsExactly(
            "1 body https://pay.scam-bank.com/x URL_HOST",
            "1 body +66812345678 EXACT",
            "2 sender +8613800138000 EXACT");
    assertThat(run.hits().get(0).match().matched()).isEqualTo("scam-bank.com");
    assertThat(run.summary().invalidFields()).isZero();
    assertThat(run.summary().malformedRows()).isZero();
  }

  @Test
  void transfersToListedAccountsAndWallets() throws IOException {
    String transfers =
        """
        payer,payee,amount,currency,executed_at
        TH:KASITHBK:9999999999,GB82 WEST 1234 5698 7654 32,1500.00,THB,2026-11-28T08:15:02Z
        TH:KASITHBK:1234567890,0x52908400098527886E0F7030069857D2E4169EE7,10,USDT,2026-11-28T08:15:02Z
        nonsense,TH:KASITHBK:9999999999,1,THB,2026-11-28T08:15:02Z
        """;
    var run = Lists.run(transfers, options(BulkFormat.TRANSFERS, null), MATCHER);
    assertThat(run.hits())
        .extracting(h -> h.row() + " " + h.role().code() + " " + h.canonical())
        .containsExactly(
            "1 payee GB82WEST12345698765432",
            "2 payer TH:KASITHBK:1234567890",
            "2 payee evm:0x52908400098527886e0f7030069857d2e4169ee7");
    assertThat(run.summary().invalidFields()).isEqualTo(1);
    assertThat(run.summary().invalid().keySet()).allMatch(k -> k.startsWith("payer: "));
  }

  @Test
  void urlsUnderAListedDomain() throws IOException {
    String urls =
        """
        url,visited_at
        https://www.example.org/,2026-11-28T08:15:02Z
        http://login.SCAM-BANK.com/verify?x=1,
        http://,
        """;
    var run = Lists.run(urls, options(BulkFormat.URLS, null), MATCHER);
    assertThat(run.hits()).hasSize(1);
    BulkHit hit = run.hits().get(0);
    assertThat(hit.row()).isEqualTo(2);
    assertThat(hit.match().kind()).isEqualTo(MatchKind.URL_HOST);
    assertThat(hit.match().matched()).isEqualTo("scam-bank.com");
    assertThat(run.summary().invalid()).hasSize(1);
  }

  @Test
  void selectorsOfAnyTypeOrAGivenOne() throws IOException {
    String lines = "+66812345678\nsub.scam-bank.com\n\n66812345678\nGB82WEST12345698765432\n";
    var detected = Lists.run(lines, options(BulkFormat.SELECTORS, null), MATCHER);
    assertThat(detected.hits())
        .extracting(h -> h.row() + " " + h.match().kind())
        .containsExactly("1 EXACT", "2 PARENT_DOMAIN", "4 EXACT");
    assertThat(detected.summary().rows()).isEqualTo(4);
    assertThat(detected.summary().invalid().keySet())
        .singleElement()
        .satisfies(k -> assertThat(k).startsWith("selector: could be phone"));
    var phones =
        Lists.run(
            "66812345678\n8613800138000\n",
            BulkOptions.of(BulkFormat.SELECTORS, null, SelectorType.PHONE),
            MATCHER);
    assertThat(phones.hits()).hasSize(2);
  }

  @Test
  void malformedRowsAreCountedWithTheirLines() throws IOException {
    String ok = "66812345678,1,,,c,t,1\n";
    String text =
        "a_number,b_number,imei,imsi,cell,start,duration\n"
            + ok
            + "1,2,3\n"
            + "x".repeat(BulkOptions.MAX_LINE + 10)
            + "\n"
            + ok
            + "\"66812345678,1,,,c,t,1\n"
            + "y".repeat(200_000)
            + "\n"
            + "1,2,3,4,5,6,7,8\n"
            + ok;
    var run =
        Lists.run(text, BulkOptions.of(BulkFormat.CDR, "TH", null).withThreads(3, 70_000), MATCHER);
    assertThat(run.hits()).extracting(BulkHit::row).containsExactly(1L, 4L, 8L);
    assertThat(run.summary().rows()).isEqualTo(8);
    assertThat(run.summary().lines()).isEqualTo(9);
    assertThat(run.summary().malformed())
        .containsOnlyKeys(
            "wrong column count: cdr has 7 columns",
            "line longer than 65536 bytes",
            "unparseable quoting");
    assertThat(
            Objects.requireNonNull(
                    run.summary().malformed().get("wrong column count: cdr has 7 columns"))
                .firstLines())
        .containsExactly(3L, 8L);
    assertThat(
            Objects.requireNonNull(run.summary().malformed().get("line longer than 65536 bytes"))
                .firstLines())
        .containsExactly(4L, 7L);
    assertThat(
            Objects.requireNonNull(run.summary().malformed().get("unparseable quoting"))
                .firstLines())
        .containsExactly(6L);
    assertThat(run.summary().render()).contains("malformed rows: 5").contains("(lines 3, 8)");
  }

  @Test
  void hitsComeInInputOrderFromSeveralWorkers() throws IOException {
    StringBuilder text = new StringBuilder();
    int rows = 40_000;
    for (int i = 1; i <= rows; i++) {
      String a = i % 7 == 0 ? "66812345678" : "668" + (10_000_000 + i);
      text.append(a)
          .append(",66899999999,,,52001-1-")
          .append(i)
          .append(",t,")
          .append(i)
          .append('\n');
    }
    var run =
        Lists.run(
            text.toString(),
            BulkOptions.of(BulkFormat.CDR, null, null).withThreads(4, 70_000),
            MATCHER);
    List<Long> expected =
        java.util.stream.LongStream.rangeClosed(1, rows).filter(i -> i % 7 == 0).boxed().toList();
    assertThat(run.hits()).extracting(BulkHit::row).containsExactlyElementsOf(expected);
    assertThat(run.summary().rows()).isEqualTo(rows);
  }

  @Test
  void aFinalLineWithoutNewlineAndCrLfLinesAreRead() throws IOException {
    var run =
        Lists.run(
            "66812345678,1,,,c,t,1\r\n1,66812345678,,,c,t,1",
            options(BulkFormat.CDR, null),
            MATCHER);
    assertThat(run.hits()).extracting(BulkHit::row).containsExactly(1L, 2L);
    assertThat(run.summary().malformedRows()).isZero();
  }

  @Test
  void csvOutputQuotesWhereNeeded() throws IOException {
    var out = new java.io.StringWriter();
    HitSink sink = OutputFormat.CSV.sink(out);
    var run = Lists.run("66812345678,1,,,c,t,1\n", options(BulkFormat.CDR, null), MATCHER);
    BulkHit hit = run.hits().get(0);
    sink.write(
        new BulkHit(3, FieldRole.BODY, "call \"66812345678\", now", hit.canonical(), hit.match()));
    sink.finish();
    assertThat(out.toString().lines().toList())
        .containsExactly(
            "row,role,input,canonical,indicator,categories,confidence,tlp,originator,match,matched",
            "3,body,\"call \"\"66812345678\"\", now\",+66812345678,"
                + hit.match().indicator().value()
                + ",fraud.impersonation.authority,80,amber,th-ccib,exact,+66812345678");
  }

  @Test
  void optionsRejectWhatCannotWork() {
    assertThatThrownBy(() -> BulkOptions.of(BulkFormat.CDR, "XX", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown region");
    assertThatThrownBy(() -> BulkOptions.of(BulkFormat.CDR, null, SelectorType.PHONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BulkOptions.of(BulkFormat.CDR, null, null).withThreads(0, 1 << 20))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailingMatcherFailsTheRun() {
    BulkMatcher broken =
        selector -> {
          throw new IllegalStateException("node down");
        };
    assertThatThrownBy(
            () -> Lists.run("66812345678,1,,,c,t,1\n", options(BulkFormat.CDR, null), broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("node down");
  }
}
