package org.mekong.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mekong.core.exchange.Imported.DEFAULTS;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.selector.SelectorType;

class ListImportTest {

  private static final String LIST =
      """
      # Numbers reported by victims, week 12
      +66 81 234 5678

        0066812345679  \t
      # the next one is not a number
      not a selector !!
      scam-shop.com
      081-234-5670
      """;

  @Test
  void acceptsEachSelectorAndRejectsBadLinesWithTheirNumbers() {
    List<ImportResult> results = Imported.read(ImportFormat.LIST, LIST, DEFAULTS);

    assertThat(Imported.keys(results)).containsExactly("+66812345678", "scam-shop.com");
    assertThat(Imported.acceptedLines(results)).containsExactly(2L, 7L);
    assertThat(Imported.rejected(results))
        .extracting(ImportResult.Rejected::line, ImportResult.Rejected::reason)
        .containsExactly(
            tuple(4L, "0066812345679: could be phone or bank-account: give the type"),
            tuple(
                6L,
                "not a selector !!: not a recognised selector: give its type (phone,"
                    + " bank-account, wallet, domain, url, ip, imei, imsi, email, app, social)"),
            tuple(
                8L,
                "081-234-5670: looks like an account number: write it as CC:BIC:account,"
                    + " e.g. TH:KASITHBK:1234567890"));
  }

  @Test
  void theFileDefaultsGiveTypeRegionCategoriesMarkingConfidenceAndValidity() {
    Instant from = Instant.parse("2026-03-01T00:00:00Z");
    Instant until = Instant.parse("2026-06-01T00:00:00Z");
    ImportDefaults defaults =
        DEFAULTS
            .withType(SelectorType.PHONE)
            .withRegion("th")
            .withConfidence(80)
            .withValidity(from, until);

    List<IndicatorDraft> drafts =
        Imported.drafts(Imported.read(ImportFormat.LIST, "081-234-5670\n", defaults));

    assertThat(drafts).hasSize(1);
    IndicatorDraft draft = drafts.get(0);
    assertThat(draft.selector().canonical()).isEqualTo("+66812345670");
    assertThat(draft.categories()).isEqualTo(Set.of(Category.FRAUD));
    assertThat(draft.marking()).isEqualTo(DEFAULTS.marking());
    assertThat(draft.confidence()).isEqualTo(80);
    assertThat(draft.validFrom()).isEqualTo(from);
    assertThat(draft.validUntil()).isEqualTo(until);
    assertThat(draft.description()).isNull();
  }

  @Test
  void withoutCategoriesEveryLineIsRejected() {
    ImportDefaults none = ImportDefaults.of(Set.of(), DEFAULTS.marking());

    assertThat(Imported.read(ImportFormat.LIST, "scam-shop.com\n", none))
        .containsExactly(
            new ImportResult.Rejected(
                1, "no category: give categories on the line or as a file default"));
  }

  @Test
  void theTypeDefaultSettlesAmbiguousLinesAndTheRegionHintNationalNumbers() {
    List<ImportResult> results =
        Imported.read(
            ImportFormat.LIST,
            "0066812345679\n081-234-5670\n",
            DEFAULTS.withType(SelectorType.PHONE).withRegion("TH"));

    assertThat(Imported.keys(results)).containsExactly("+66812345679", "+66812345670");
  }

  @Test
  void aHugeLineIsRejectedAndTheNextLinesAreRead() {
    String huge = "a".repeat(IndicatorImport.MAX_LINE + 10);
    String text = "scam-shop.com\n" + huge + "\nscam-bank.com\r\nscam-loan.com";

    List<ImportResult> results = Imported.read(ImportFormat.LIST, text, DEFAULTS);

    assertThat(Imported.keys(results))
        .containsExactly("scam-shop.com", "scam-bank.com", "scam-loan.com");
    assertThat(Imported.rejected(results))
        .containsExactly(new ImportResult.Rejected(2, "line longer than 65536 characters"));
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    assertThat(Imported.keys(Imported.read(ImportFormat.LIST, "\uFEFFscam-shop.com\n", DEFAULTS)))
        .containsExactly("scam-shop.com");
  }

  @Test
  void emptyInputGivesNothing() {
    assertThat(Imported.read(ImportFormat.LIST, "", DEFAULTS)).isEmpty();
    assertThat(Imported.read(ImportFormat.LIST, "\n\n# only comments\n   \n", DEFAULTS)).isEmpty();
  }

  @Test
  void parsingTheSameInputTwiceGivesTheSameResults() {
    assertThat(Imported.read(ImportFormat.LIST, LIST, DEFAULTS))
        .isEqualTo(Imported.read(ImportFormat.LIST, LIST, DEFAULTS));
  }
}
