package org.mekong.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mekong.core.exchange.Imported.DEFAULTS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.marking.Tlp;

class MispImportTest {

  private static final String FIRST = "5f0c4a3e-0000-4000-8000-000000000001";
  private static final String SECOND = "5f0c4a3e-0000-4000-8000-000000000002";

  /** An event tagged TLP:GREEN with mixed attribute types and tags. */
  private static final String FIRST_EVENT =
      """
      {"Event": {
        "uuid": "%s",
        "info": "Fake police call centre, Mae Sot",
        "Tag": [{"name": "tlp:green"}, {"name": "mekong:category=\\"fraud.impersonation.authority\\""}],
        "Attribute": [
          {"type": "phone-number", "value": "+66812345678", "to_ids": true,
           "comment": "caller id shown to victims"},
          {"type": "domain", "value": "police-th.example.com", "to_ids": true,
           "Tag": [{"name": "tlp:amber"}]},
          {"type": "xmr", "value": "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A", "to_ids": true},
          {"type": "ip-dst", "value": "203.0.113.7", "to_ids": false,
           "first_seen": "2026-01-02T03:04:05.000000+07:00", "last_seen": "2026-02-01"},
          {"type": "domain|ip", "value": "scam-shop.com|198.51.100.9", "to_ids": true},
          {"type": "btc", "value": "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "to_ids": true,
           "Tag": [{"name": "tlp:clear"}, {"name": "mekong:category=\\"crypto-laundering\\""}]},
          {"type": "email-src", "value": "not an address", "to_ids": true},
          {"type": "hostname", "value": "deleted.example.com", "deleted": true}
        ],
        "Object": [
          {"name": "bank-account", "Attribute": [
            {"type": "iban", "value": "DE89 3704 0044 0532 0130 00", "to_ids": true}
          ]}
        ]
      }}
      """
          .formatted(FIRST);

  /** An event without tags: the defaults decide; a TLP:RED attribute. */
  private static final String SECOND_EVENT =
      """
      {"Event": {
        "uuid": "%s",
        "info": "Loan app",
        "Attribute": [
          {"type": "ip-src", "value": "10.0.0.1/8", "to_ids": true},
          {"type": "text", "value": "352099001761481", "to_ids": true,
           "Tag": [{"name": "mekong:selector-type=\\"imei\\""}, {"name": "TLP:RED"}]},
          {"type": "filename|md5", "value": "a.apk|d41d8cd98f00b204e9800998ecf8427e"}
        ]
      }}
      """
          .formatted(SECOND);

  @Test
  void aFeedDirectoryImportsEveryEventAttributeByAttribute(@TempDir Path feed) throws IOException {
    Files.writeString(
        feed.resolve("manifest.json"),
        "{\"%s\": {\"info\": \"Fake police\"}, \"%s\": {\"info\": \"Loan app\"}}"
            .formatted(SECOND, FIRST));
    Files.writeString(feed.resolve(FIRST + ".json"), FIRST_EVENT);
    Files.writeString(feed.resolve(SECOND + ".json"), SECOND_EVENT);

    List<ImportResult> results;
    try (Stream<ImportResult> read = IndicatorImport.mispFeed(feed, DEFAULTS)) {
      results = read.toList();
    }

    assertThat(Imported.keys(results))
        .containsExactly(
            "+66812345678",
            "police-th.example.com",
            "203.0.113.7",
            "scam-shop.com",
            "198.51.100.9",
            "btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "DE89370400440532013000",
            "35209900176148");
    assertThat(Imported.acceptedLines(results)).containsExactly(1L, 2L, 4L, 5L, 5L, 6L, 9L, 2L);
    assertThat(Imported.rejected(results))
        .containsExactly(
            new ImportResult.Rejected(3, "event " + FIRST + " attribute 3: unsupported: xmr"),
            new ImportResult.Rejected(
                7, "event " + FIRST + " attribute 7: not an address: an e-mail address has an @"),
            new ImportResult.Rejected(
                1,
                "event "
                    + SECOND
                    + " attribute 1: 10.0.0.1/8: host bits are set in a CIDR block: did you mean 10.0.0.0/8?"),
            new ImportResult.Rejected(
                3, "event " + SECOND + " attribute 3: unsupported: filename|md5"));

    List<IndicatorDraft> drafts = Imported.drafts(results);
    IndicatorDraft phone = drafts.get(0);
    assertThat(phone.marking().tlp()).isEqualTo(Tlp.GREEN);
    assertThat(phone.categories()).containsExactly(Category.FRAUD_IMPERSONATION_AUTHORITY);
    assertThat(phone.description()).isEqualTo("caller id shown to victims");
    assertThat(phone.confidence()).isEqualTo(50);
    assertThat(phone.externalReferences())
        .containsExactly(
            new ExternalReference("MISP event: Fake police call centre, Mae Sot", null, FIRST));
    assertThat(drafts.get(1).marking().tlp()).as("attribute tag wins").isEqualTo(Tlp.AMBER);
    assertThat(drafts.get(1).marking().recipients()).containsExactly(Imported.CCIB);
    assertThat(drafts.get(2).confidence()).as("to_ids false halves").isEqualTo(25);
    assertThat(drafts.get(2).validFrom()).isEqualTo(Instant.parse("2026-01-01T20:04:05Z"));
    assertThat(drafts.get(2).validUntil()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(drafts.get(5).marking().tlp()).isEqualTo(Tlp.CLEAR);
    assertThat(drafts.get(5).categories()).containsExactly(Category.CRYPTO_LAUNDERING);
    IndicatorDraft imei = drafts.get(7);
    assertThat(imei.marking().tlp()).isEqualTo(Tlp.RED);
    assertThat(imei.categories()).as("defaults").isEqualTo(Set.of(Category.FRAUD));
  }

  @Test
  void oneEventCanBeReadFromAStream() {
    List<ImportResult> results;
    try (Stream<ImportResult> read =
        IndicatorImport.mispEvent(
            new ByteArrayInputStream(SECOND_EVENT.getBytes(StandardCharsets.UTF_8)), DEFAULTS)) {
      results = read.toList();
    }

    assertThat(Imported.keys(results)).containsExactly("35209900176148");
    assertThat(results).hasSize(3);
  }

  @Test
  void aBrokenEventOrManifestIsOneRejectionAtLineZero(@TempDir Path feed) throws IOException {
    Files.writeString(
        feed.resolve("manifest.json"),
        "{\"%s\": {}, \"%s\": {}, \"../../etc/passwd\": {}}".formatted(FIRST, SECOND));
    Files.writeString(feed.resolve(FIRST + ".json"), "{\"Event\": {\"uuid\": ");

    List<ImportResult> results;
    try (Stream<ImportResult> read = IndicatorImport.mispFeed(feed, DEFAULTS)) {
      results = read.toList();
    }

    assertThat(results)
        .extracting(ImportResult::line, r -> ((ImportResult.Rejected) r).reason())
        .containsExactly(
            tuple(0L, "manifest.json: '../../etc/passwd' is not an event uuid"),
            tuple(
                0L,
                "event "
                    + FIRST
                    + ": not JSON: Unexpected end-of-input within/between Object entries"
                    + " (line 1, column 20)"),
            tuple(0L, "event " + SECOND + ": the file is missing"));
  }

  @Test
  void aDocumentThatIsNoEventIsRejected() {
    List<ImportResult> results = Imported.read(ImportFormat.MISP, "[1, 2, 3]", DEFAULTS);

    assertThat(results).containsExactly(new ImportResult.Rejected(0, "event: not a MISP event"));
  }

  @Test
  void parsingTheSameEventTwiceGivesTheSameResults() {
    assertThat(Imported.read(ImportFormat.MISP, FIRST_EVENT, DEFAULTS))
        .isEqualTo(Imported.read(ImportFormat.MISP, FIRST_EVENT, DEFAULTS))
        .hasSize(9);
  }
}
