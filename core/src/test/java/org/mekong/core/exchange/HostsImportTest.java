package org.mekong.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.core.exchange.Imported.DEFAULTS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mekong.core.SharedData;
import org.mekong.core.category.Category;
import org.mekong.core.selector.SelectorType;

class HostsImportTest {

  private static final String HOSTS =
      """
      # Title: test list
      127.0.0.1 localhost
      127.0.0.1 localhost.localdomain local
      255.255.255.255 broadcasthost
      ::1 localhost ip6-localhost ip6-loopback
      fe00::0 ip6-localnet

      0.0.0.0 scam-shop.com
      0.0.0.0 a.scam-bank.com b.scam-bank.com   # two on one line
      127.0.0.1\tWWW.Scam-Loan.COM.
      bare-domain.net
      0.0.0.0 bad_name!.com
      0.0.0.0
      0.0.0.0 com
      """;

  @Test
  void eachHostBecomesADomainAndLocalNamesAreSkipped() {
    List<ImportResult> results = Imported.read(ImportFormat.HOSTS, HOSTS, DEFAULTS);

    assertThat(Imported.keys(results))
        .containsExactly(
            "scam-shop.com",
            "a.scam-bank.com",
            "b.scam-bank.com",
            "www.scam-loan.com",
            "bare-domain.net");
    assertThat(Imported.acceptedLines(results)).containsExactly(8L, 9L, 9L, 10L, 11L);
    assertThat(Imported.drafts(results))
        .allSatisfy(draft -> assertThat(draft.selector().type()).isEqualTo(SelectorType.DOMAIN));
    assertThat(Imported.rejected(results))
        .containsExactly(
            new ImportResult.Rejected(
                12,
                "bad_name!.com: a label has letters, digits, hyphens and underscores only: bad_name!"),
            new ImportResult.Rejected(13, "0.0.0.0: an address without host names"),
            new ImportResult.Rejected(
                14, "com: a domain name needs at least two labels, e.g. example.com"));
  }

  @Test
  void theTypeDefaultDoesNotApplyToHostsFiles() {
    List<ImportResult> results =
        Imported.read(
            ImportFormat.HOSTS, "0.0.0.0 scam-shop.com\n", DEFAULTS.withType(SelectorType.PHONE));

    assertThat(Imported.keys(results)).containsExactly("scam-shop.com");
  }

  @Test
  void parsingTheSameInputTwiceGivesTheSameResults() {
    assertThat(Imported.read(ImportFormat.HOSTS, HOSTS, DEFAULTS))
        .isEqualTo(Imported.read(ImportFormat.HOSTS, HOSTS, DEFAULTS));
  }

  @Test
  void theScamDomainsListImports() throws IOException {
    assertRealList("data/watchlists/scam-domains.hosts", 8_528, 0);
  }

  @Test
  void theGamblingDomainsListImports() throws IOException {
    // 7 names the domain rules reject: private public suffixes (hopto.org, zapto.org,
    // redirectme.net), no public suffix (castoola.tv.lan), a label that starts with '_'
    // (___id___.c.mystat-in.net). Underscores inside labels below the registrable domain
    // (adobeflash31_install.ddns.info) are accepted.
    assertRealList("data/watchlists/gambling-domains.hosts", 59_777, 7);
  }

  /**
   * Imports a real list and checks the counts measured on it: every line that names a valid domain
   * is accepted, every other one reported with its line number.
   */
  private static void assertRealList(String relative, long accepted, long rejectedCount)
      throws IOException {
    Path file = SharedData.require(relative);
    ImportDefaults defaults = ImportDefaults.of(Set.of(Category.GAMBLING), DEFAULTS.marking());
    long acceptedSeen = 0;
    Map<Long, String> rejected = new TreeMap<>();
    long hostLines = 0;
    try (Stream<String> lines = Files.lines(file)) {
      for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
        String line = it.next().strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          hostLines++;
        }
      }
    }
    try (InputStream in = Files.newInputStream(file);
        Stream<ImportResult> results = IndicatorImport.read(ImportFormat.HOSTS, in, defaults)) {
      for (Iterator<ImportResult> it = results.iterator(); it.hasNext(); ) {
        switch (it.next()) {
          case ImportResult.Accepted a -> acceptedSeen++;
          case ImportResult.Rejected r -> rejected.put(r.line(), r.reason());
        }
      }
    }
    System.out.printf(
        "%s: %d host lines, %d accepted, %d rejected%n",
        relative, hostLines, acceptedSeen, rejected.size());
    rejected.forEach((line, reason) -> System.out.printf("  line %d: %s%n", line, reason));
    assertThat(acceptedSeen + rejected.size()).isEqualTo(hostLines);
    assertThat(acceptedSeen).isEqualTo(accepted);
    assertThat((long) rejected.size()).isEqualTo(rejectedCount);
  }
}
