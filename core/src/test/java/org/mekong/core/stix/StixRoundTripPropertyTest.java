package org.mekong.core.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import tools.jackson.databind.JsonNode;

/**
 * Render then import gives back the indicator: selector, categories, confidence, markings,
 * validity, revocation and the rest, on seeded random indicators of every selector type.
 */
class StixRoundTripPropertyTest {

  private static final int ROUNDS = 150;

  @Test
  void renderThenImportGivesBackTheIndicator() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    RandomIndicators generator = new RandomIndicators(random);
    for (int round = 0; round < ROUNDS; round++) {
      for (SelectorType type : SelectorType.values()) {
        Selector selector = generator.selector(type);
        Indicator indicator = generator.indicator(selector);
        String json = StixJson.write(StixIndicators.indicator(indicator));
        JsonNode node = Stix.MAPPER.readTree(json);

        Imported imported = StixImport.object(node);

        String context = "seed " + seed + ", " + json;
        assertThat(imported).as(context).isInstanceOf(Imported.Accepted.class);
        ImportedIndicator back = ((Imported.Accepted) imported).indicator();
        assertThat(back.selector()).as(context).isEqualTo(selector);
        assertThat(back.stixId()).as(context).isEqualTo(indicator.id().value());
        assertThat(back.categories()).as(context).isEqualTo(indicator.categories());
        assertThat(back.confidence()).as(context).isEqualTo(indicator.confidence());
        assertThat(back.marking())
            .as(context)
            .isEqualTo(new MarkingCheck.Valid(indicator.marking()));
        Marking marking = indicator.marking();
        assertThat(back.tlp()).as(context).isEqualTo(marking.tlp());
        assertThat(back.validFrom()).as(context).isEqualTo(indicator.validFrom());
        assertThat(back.validUntil()).as(context).isEqualTo(indicator.validUntil());
        assertThat(back.revoked()).as(context).isEqualTo(indicator.revoked());
        assertThat(back.created()).as(context).isEqualTo(indicator.created());
        assertThat(back.modified()).as(context).isEqualTo(indicator.modified());
        assertThat(back.version()).as(context).isEqualTo(indicator.version());
        assertThat(back.description()).as(context).isEqualTo(indicator.description());
        assertThat(back.externalReferences()).as(context).isEqualTo(indicator.externalReferences());
        assertThat(back.createdByRef())
            .as(context)
            .isEqualTo(StixIdentities.of(indicator.originator()));
        assertThat(back.notes()).as(context).isEmpty();
        assertThat(back.draft(indicator.marking()))
            .as(context)
            .isEqualTo(
                new IndicatorDraft(
                    selector,
                    indicator.categories(),
                    indicator.confidence(),
                    indicator.marking(),
                    indicator.validFrom(),
                    indicator.validUntil(),
                    indicator.description(),
                    indicator.externalReferences()));
      }
    }
  }

  @Test
  void anyStringSurvivesQuotingInAPattern() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String alphabet = "a'\\ ]['\"AND OR=泰";
    for (int round = 0; round < 2000; round++) {
      StringBuilder value = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String pattern = "[domain-name:value = " + StixPatterns.quote(value.toString()) + "]";

      PatternReader.Read read = PatternReader.read(pattern);

      assertThat(read)
          .as("seed %d, pattern %s", seed, pattern)
          .isEqualTo(
              new PatternReader.Terms(
                  List.of(new PatternReader.Comparison("domain-name", "value", value.toString()))));
    }
  }
}
