package org.mekong.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.core.exchange.Imported.CCIB;
import static org.mekong.core.exchange.Imported.DEFAULTS;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;

class CsvImportTest {

  private static final String HEADER =
      "type,value,region,categories,confidence,tlp,handling,evaluation,valid_from,valid_until,"
          + "description\n";

  @Test
  void everyColumnOnTheLineWinsOverTheDefaults() {
    String csv =
        HEADER
            + "phone,081-234-5678,th,fraud.loan;money-mule,90,red,H1;H3:court order 12\\; sealed,"
            + "B2,2026-01-01,2026-02-01T12:00:00Z,\"Loan app, \"\"FastCash\"\"\"\n";

    List<IndicatorDraft> drafts = Imported.drafts(Imported.read(ImportFormat.CSV, csv, DEFAULTS));

    assertThat(drafts)
        .containsExactly(
            new IndicatorDraft(
                drafts.get(0).selector(),
                Set.of(Category.FRAUD_LOAN, Category.MONEY_MULE),
                90,
                new Marking(
                    Tlp.RED,
                    Handling.of(
                        HandlingCode.NO_JUDICIAL_USE,
                        new HandlingCode.H3("court order 12; sealed")),
                    Evaluation.fromCode("B2").orElseThrow(),
                    Set.of(CCIB)),
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T12:00:00Z"),
                "Loan app, \"FastCash\"",
                List.of()));
    assertThat(drafts.get(0).selector().canonical()).isEqualTo("+66812345678");
  }

  @Test
  void emptyAndMissingColumnsFallBackToTheDefaults() {
    String csv = "value,tlp\nscam-shop.com,\n+66812345678,green\n";

    List<IndicatorDraft> drafts = Imported.drafts(Imported.read(ImportFormat.CSV, csv, DEFAULTS));

    assertThat(drafts).hasSize(2);
    assertThat(drafts.get(0).marking()).isEqualTo(DEFAULTS.marking());
    assertThat(drafts.get(0).categories()).containsExactly(Category.FRAUD);
    assertThat(drafts.get(0).confidence()).isEqualTo(50);
    assertThat(drafts.get(1).marking()).isEqualTo(Marking.of(Tlp.GREEN));
  }

  @Test
  void commentsBlankLinesAndQuotedLineFeedsKeepTheLineNumbers() {
    String csv =
        "# exported by hand\n"
            + "value,description\n"
            + "\n"
            + "scam-shop.com,\"first line\n"
            + "second line\"\n"
            + "# a comment, with \"a quote\n"
            + "not a selector !!,x\n"
            + "scam-bank.com,plain\r\n";

    List<ImportResult> results = Imported.read(ImportFormat.CSV, csv, DEFAULTS);

    assertThat(Imported.acceptedLines(results)).containsExactly(4L, 8L);
    assertThat(Imported.drafts(results).get(0).description()).isEqualTo("first line\nsecond line");
    assertThat(Imported.rejected(results)).extracting(ImportResult::line).containsExactly(7L);
  }

  @Test
  void badCellsAreRejectedWithTheirColumn() {
    String csv =
        HEADER
            + "phone,+66812345678,,fraud.nope,,,,,,,\n"
            + "domain,scam-shop.com,,,101,purple,H9,Z9,yesterday,,\n"
            + "planet,scam-shop.com,,,,,,,,,\n"
            + "domain,scam-shop.com,Thailand,,,,,,,,\n"
            + "domain,scam-shop.com,,,,,,,2026-02-01,2026-01-01,\n"
            + "domain,scam-shop.com,,,,,,,,,,extra\n"
            + "domain,,,,,,,,,,\n"
            + "domain,scam-shop.com,,,,red,,,,,\n";
    ImportDefaults noRecipients = ImportDefaults.of(Set.of(Category.FRAUD), Marking.of(Tlp.AMBER));

    List<ImportResult> results = Imported.read(ImportFormat.CSV, csv, noRecipients);

    assertThat(results)
        .containsExactly(
            new ImportResult.Rejected(
                2,
                "categories: unknown category 'fraud.nope'; valid categories: "
                    + String.join(", ", Category.codes())),
            new ImportResult.Rejected(
                3,
                "confidence: confidence is a whole number from 0 to 100, not '101'; tlp: unknown"
                    + " TLP 'purple'; use clear, green, amber, amber+strict or red; handling:"
                    + " unknown handling 'H9'; use H0, H1, H2 or H3:<restriction>, separated by"
                    + " ';'; evaluation: unknown evaluation 'Z9'; use A, B, C or X then 1 to 4,"
                    + " e.g. B2; valid_from: not a time 'yesterday'; use ISO-8601, e.g."
                    + " 2026-01-31T00:00:00Z or 2026-01-31"),
            new ImportResult.Rejected(4, "unknown selector type 'planet'"),
            new ImportResult.Rejected(5, "a region is an ISO 3166 alpha-2 code, not 'Thailand'"),
            new ImportResult.Rejected(6, "valid_until must be after valid_from"),
            new ImportResult.Rejected(7, "12 fields where the header has 11"),
            new ImportResult.Rejected(8, "no value"),
            new ImportResult.Rejected(9, "TLP:RED names at least one recipient agency"));
  }

  @Test
  void anUnknownColumnIsAWholeFileErrorOnItsLine() {
    String csv = "value,colour\nscam-shop.com,red\nscam-bank.com,blue\n";

    assertThat(Imported.read(ImportFormat.CSV, csv, DEFAULTS))
        .containsExactly(
            new ImportResult.Rejected(
                1,
                "unknown column 'colour'; columns: type,value,region,categories,confidence,tlp,"
                    + "handling,evaluation,valid_from,valid_until,description,id,originator"));
  }

  @Test
  void aHeaderWithoutValueOrWithAColumnTwiceIsAWholeFileError() {
    assertThat(Imported.read(ImportFormat.CSV, "type,region\nphone,TH\n", DEFAULTS))
        .containsExactly(
            new ImportResult.Rejected(
                1,
                "no 'value' column; the header names columns of type,value,region,categories,"
                    + "confidence,tlp,handling,evaluation,valid_from,valid_until,description,id,originator"));
    assertThat(Imported.read(ImportFormat.CSV, "value,Value\nx.com,y.com\n", DEFAULTS))
        .containsExactly(new ImportResult.Rejected(1, "column 'value' twice"));
  }

  @Test
  void aHugeRecordIsRejectedAndTheNextOnesAreRead() {
    String csv =
        "value,description\n"
            + "scam-shop.com,\""
            + "x\n".repeat(IndicatorImport.MAX_LINE)
            + "\"\n"
            + "scam-bank.com,ok\n";

    List<ImportResult> results = Imported.read(ImportFormat.CSV, csv, DEFAULTS);

    assertThat(Imported.rejected(results))
        .containsExactly(new ImportResult.Rejected(2, "record longer than 65536 characters"));
    assertThat(Imported.keys(results)).containsExactly("scam-bank.com");
    assertThat(Imported.acceptedLines(results)).containsExactly(2L + IndicatorImport.MAX_LINE + 1);
  }

  @Test
  void anUnterminatedQuoteIsRejectedAtTheRecordsFirstLine() {
    String csv = "value,description\nscam-shop.com,ok\nscam-bank.com,\"never closed\nmore\n";

    List<ImportResult> results = Imported.read(ImportFormat.CSV, csv, DEFAULTS);

    assertThat(Imported.keys(results)).containsExactly("scam-shop.com");
    assertThat(Imported.rejected(results)).extracting(ImportResult::line).containsExactly(3L);
    assertThat(Imported.rejected(results).get(0).reason())
        .startsWith("malformed CSV: ")
        .doesNotContain("Exception", "org.apache", "java.");
  }

  @Test
  void parsingTheSameInputTwiceGivesTheSameResults() {
    String csv = HEADER + "domain,scam-shop.com,,gambling,70,green,H2,A1,,,\n";
    assertThat(Imported.read(ImportFormat.CSV, csv, DEFAULTS))
        .isEqualTo(Imported.read(ImportFormat.CSV, csv, DEFAULTS))
        .hasSize(1);
  }
}
