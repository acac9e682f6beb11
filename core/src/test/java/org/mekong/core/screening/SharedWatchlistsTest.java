package org.mekong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mekong.core.SharedData;
import org.mekong.core.selector.DomainName;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/** The published scam and gambling lists from {@code shared/}, skipped when it is absent. */
class SharedWatchlistsTest {

  private static final long SEED = 20_261_129L;

  @Test
  void listedDomainsAndTheirSubdomainsHitAndUnrelatedOnesDoNot() throws IOException {
    List<DomainName> listed = new ArrayList<>();
    for (String file : List.of("scam-domains.hosts", "gambling-domains.hosts")) {
      for (String line : Files.readAllLines(SharedData.require("data/watchlists/" + file))) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length == 2
            && !fields[0].startsWith("#")
            && Parse.tryAs(SelectorType.DOMAIN, fields[1]) instanceof DomainName d) {
          listed.add(d);
        }
      }
    }
    assertThat(listed).hasSizeGreaterThan(50_000);
    ScreeningIndex index = ScreeningIndex.create();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < listed.size(); i++) {
      index.add(i, listed.get(i));
      names.add(listed.get(i).name());
    }
    SplittableRandom random = new SplittableRandom(SEED);
    for (DomainName d : listed) {
      assertThat(index.screen(d))
          .as("%s", d.name())
          .extracting(Hit::kind)
          .contains(MatchKind.EXACT);
      String sub = "w" + Integer.toString(random.nextInt(1 << 24), 36) + "." + d.name();
      Selector subdomain = Parse.tryAs(SelectorType.DOMAIN, sub);
      if (subdomain != null) {
        assertThat(index.screen(subdomain))
            .as("seed %d: %s", SEED, sub)
            .extracting(Hit::kind)
            .contains(MatchKind.PARENT_DOMAIN);
      }
    }
    for (int i = 0; i < 10_000; i++) {
      String unrelated =
          "mekong-unlisted-" + Integer.toString(random.nextInt(), 36).replace('-', 'n') + ".com";
      if (names.contains(unrelated)) {
        continue;
      }
      assertThat(index.screen(Parse.as(SelectorType.DOMAIN, unrelated)))
          .as("seed %d: %s", SEED, unrelated)
          .isEmpty();
    }
  }
}
