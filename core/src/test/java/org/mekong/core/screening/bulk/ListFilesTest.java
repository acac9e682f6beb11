package org.mekong.core.screening.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.core.screening.bulk.Lists.selector;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.core.category.Category;
import org.mekong.core.exchange.IndicatorExport;
import org.mekong.core.exchange.IndicatorWriter;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

class ListFilesTest {

  @TempDir Path dir;

  @Test
  void aCsvExportLoadsAsAWatchList() throws IOException {
    Selector phone = selector(SelectorType.PHONE, "+66812345678");
    Selector domain = selector(SelectorType.DOMAIN, "scam-bank.com");
    Selector expired = selector(SelectorType.PHONE, "+66812345679");
    Path export = dir.resolve("export.csv");
    try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8);
        IndicatorWriter csv = IndicatorExport.csv(out)) {
      csv.write(indicator(phone, Set.of(Category.FRAUD_LOAN, Category.MONEY_MULE), 90, null));
      csv.write(indicator(domain, Set.of(Category.GAMBLING), 40, null));
      csv.write(
          indicator(expired, Set.of(Category.FRAUD), 40, Instant.parse("2020-01-01T00:00:00Z")));
    }

    ListLoad.Loaded loaded = (ListLoad.Loaded) ListFiles.load(export);

    assertThat(loaded.entries()).isEqualTo(2);
    assertThat(loaded.skipped()).containsOnlyKeys("expired");
    assertThat(java.util.Objects.requireNonNull(loaded.skipped().get("expired")).firstLines())
        .containsExactly(4L);
    List<BulkMatch> phoneHits = loaded.matcher().match(phone);
    assertThat(phoneHits)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.categories()).containsExactly("fraud.loan", "money-mule");
              assertThat(m.confidence()).isEqualTo(90);
              assertThat(m.tlp()).isEqualTo("amber");
              assertThat(m.originator()).as("the export's originator column").isEqualTo("th-ccib");
              assertThat(m.indicator()).isEqualTo(IndicatorId.of(Lists.CCIB, phone.id()));
              assertThat(m.kind()).isEqualTo(MatchKind.EXACT);
            });
    assertThat(loaded.matcher().mayHitPhone(66812345678L)).isTrue();
    assertThat(loaded.matcher().mayHitPhone(66812345679L)).isFalse();
    assertThat(loaded.matcher().match(selector(SelectorType.DOMAIN, "m.scam-bank.com")))
        .extracting(BulkMatch::kind)
        .containsExactly(MatchKind.PARENT_DOMAIN);
    assertThat(ListFiles.load(export))
        .isInstanceOfSatisfying(
            ListLoad.Loaded.class,
            again ->
                assertThat(again.matcher().match(phone).get(0).indicator())
                    .as("the export's id column")
                    .isEqualTo(phoneHits.get(0).indicator()));
  }

  @Test
  void idOriginatorAndRevokedColumnsAreRead() throws IOException {
    String id = "indicator--0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
    Path export =
        write(
            "type,value,categories,confidence,tlp,indicator,originator,revoked\n"
                + "phone,+66812345678,fraud,70,TLP:GREEN,"
                + id
                + ",cn-mps-afc,false\n"
                + "phone,+8613800138000,fraud,70,green,,withheld,\n"
                + "phone,+66899999999,fraud,70,green,,cn-mps-afc,true\n"
                + "phone,12,fraud,70,green,,,\n"
                + "phone,+66811111111,no-such-category,70,green,,,\n");

    ListLoad.Loaded loaded = (ListLoad.Loaded) ListFiles.load(export);

    assertThat(loaded.entries()).isEqualTo(2);
    BulkMatch match = loaded.matcher().match(selector(SelectorType.PHONE, "+66812345678")).get(0);
    assertThat(match.indicator()).isEqualTo(new IndicatorId(id));
    assertThat(match.originator()).isEqualTo("cn-mps-afc");
    assertThat(match.tlp()).isEqualTo("green");
    assertThat(
            loaded
                .matcher()
                .match(selector(SelectorType.PHONE, "+8613800138000"))
                .get(0)
                .originator())
        .isEqualTo("withheld");
    assertThat(loaded.skipped())
        .containsOnlyKeys("revoked", "value is no valid selector of its type", "unknown category");
  }

  @Test
  void otherFilesAreRejectedWithAClearMessage() throws IOException {
    assertThat(ListFiles.load(write("66812345678\n8613800138000\n")))
        .isInstanceOfSatisfying(
            ListLoad.Rejected.class,
            r ->
                assertThat(r.reason())
                    .contains("is not a CSV indicator export")
                    .contains("GET /api/v1/indicators:export?format=csv"));
    assertThat(ListFiles.load(write(""))).isInstanceOf(ListLoad.Rejected.class);
    Path binary = dir.resolve("list.bin");
    Files.write(binary, new byte[] {'M', 'K', 0, 1, 2, 3});
    assertThat(ListFiles.load(binary))
        .isInstanceOfSatisfying(
            ListLoad.Rejected.class, r -> assertThat(r.reason()).contains("binary file"));
    assertThat(ListFiles.load(write("type,value\n\"phone,+66812345678\n")))
        .isInstanceOf(ListLoad.Rejected.class);
  }

  private Path write(String text) throws IOException {
    Path file = Files.createTempFile(dir, "list", ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Indicator indicator(
      Selector selector,
      Set<Category> categories,
      int confidence,
      @org.jspecify.annotations.Nullable Instant validUntil) {
    Instant from = Instant.parse("2019-03-01T00:00:00Z");
    return new Indicator(
        IndicatorId.of(Lists.CCIB, selector.id()),
        selector,
        categories,
        confidence,
        Marking.of(Tlp.AMBER),
        Lists.CCIB,
        from,
        validUntil,
        "a \"quoted\", description",
        List.of(),
        from,
        from,
        1,
        false);
  }
}
