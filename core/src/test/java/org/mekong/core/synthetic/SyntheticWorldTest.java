package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

class SyntheticWorldTest {

  private static final long SEED = 42L;
  private static final List<PublishedItem> WORLD = SyntheticWorld.generate(SEED, 5_000).toList();

  @Test
  void sameSeedGivesTheSameItemsInTheSameOrder() {
    List<String> again =
        SyntheticWorld.generate(SEED, 5_000).map(SyntheticWorldTest::line).toList();
    assertThat(again).isEqualTo(WORLD.stream().map(SyntheticWorldTest::line).toList());
    assertThat(SyntheticWorld.generate(SEED, 5_000).toList()).isEqualTo(WORLD);
  }

  @Test
  void differentSeedGivesADifferentWorld() {
    List<String> other =
        SyntheticWorld.generate(SEED + 1, 5_000).map(SyntheticWorldTest::line).toList();
    List<String> lines = WORLD.stream().map(SyntheticWorldTest::line).toList();
    Set<String> common = new HashSet<>(other);
    common.retainAll(lines);
    assertThat(common).isEmpty();
  }

  @Test
  void aSmallerWorldIsAPrefixOfALargerOne() {
    assertThat(SyntheticWorld.generate(SEED, 100).toList()).isEqualTo(WORLD.subList(0, 100));
    assertThat(SyntheticWorld.generate(SEED, 0).count()).isZero();
  }

  @Test
  void everySelectorIsValidAndCanonical() {
    for (int i = 0; i < WORLD.size(); i++) {
      SyntheticSelectorsTest.assertCanonical(
          WORLD.get(i).selector(), "seed " + SEED + ", item " + i);
    }
  }

  @Test
  void noOriginatorPublishesASelectorTwice() {
    Set<String> keys = new HashSet<>();
    for (PublishedItem item : WORLD) {
      assertThat(keys.add(item.originator() + " " + key(item.selector())))
          .as("seed %d: %s published twice by %s", SEED, item.selector(), item.originator())
          .isTrue();
    }
  }

  @Test
  void aboutOneSelectorInTwentyIsPublishedByTwoOrThreeAgencies() {
    Map<String, Set<AgencyId>> publishers = new HashMap<>();
    for (PublishedItem item : WORLD) {
      publishers.computeIfAbsent(key(item.selector()), k -> new HashSet<>()).add(item.originator());
    }
    long shared = publishers.values().stream().filter(set -> set.size() > 1).count();
    double fraction = (double) shared / publishers.size();
    assertThat(fraction).as("seed %d: shared fraction", SEED).isBetween(0.03, 0.08);
    assertThat(publishers.values()).anyMatch(set -> set.size() == 3);
  }

  @Test
  void everyTypeLeafCategoryTlpAndHandlingCodeOccurs() {
    Set<SelectorType> types = EnumSet.noneOf(SelectorType.class);
    Set<Category> categories = EnumSet.noneOf(Category.class);
    Set<Tlp> tlps = EnumSet.noneOf(Tlp.class);
    Set<String> handling = new HashSet<>();
    Set<String> evaluations = new HashSet<>();
    Set<AgencyId> originators = new HashSet<>();
    for (PublishedItem item : WORLD) {
      IndicatorDraft draft = item.draft();
      types.add(draft.selector().type());
      categories.addAll(draft.categories());
      tlps.add(draft.marking().tlp());
      draft.marking().handling().codes().forEach(code -> handling.add(code.code()));
      evaluations.add(draft.marking().evaluation().code());
      originators.add(item.originator());
      assertThat(draft.confidence()).isBetween(30, 95);
      assertThat(draft.validFrom()).isNotNull().isBefore(SyntheticWorld.DEFAULT_ANCHOR);
      if (draft.marking().tlp() == Tlp.RED) {
        assertThat(draft.marking().recipients()).isNotEmpty();
      }
    }
    EnumSet<SelectorType> expectedTypes = EnumSet.allOf(SelectorType.class);
    if (!SyntheticSelectorsTest.urlSelectorAvailable()) {
      expectedTypes.remove(SelectorType.URL);
    }
    assertThat(types).isEqualTo(expectedTypes);
    assertThat(categories).containsAll(leafCategories());
    assertThat(tlps).isEqualTo(EnumSet.allOf(Tlp.class));
    assertThat(handling).contains("H0", "H1", "H2", "H3");
    assertThat(evaluations).hasSizeGreaterThan(10);
    assertThat(originators).containsExactlyInAnyOrderElementsOf(SyntheticWorld.PUBLISHERS);
    assertThat(WORLD)
        .anyMatch(item -> item.draft().validUntil() == null)
        .anyMatch(item -> item.draft().description() == null)
        .anyMatch(item -> containsThai(item.draft().description()))
        .anyMatch(item -> containsChinese(item.draft().description()))
        .anyMatch(
            item ->
                item.draft().marking().handling().codes().stream()
                    .anyMatch(
                        code -> code instanceof HandlingCode.H3 h3 && !h3.restriction().isBlank()));
  }

  static List<Category> leafCategories() {
    return Arrays.stream(Category.values())
        .filter(
            category ->
                Arrays.stream(Category.values())
                    .noneMatch(other -> other != category && category.covers(other)))
        .toList();
  }

  static String key(Selector selector) {
    return selector.type().code() + ":" + selector.canonical();
  }

  private static String line(PublishedItem item) {
    IndicatorDraft d = item.draft();
    return String.join(
        "|",
        item.originator().value(),
        key(d.selector()),
        d.categories().toString(),
        Integer.toString(d.confidence()),
        d.marking().toString(),
        String.valueOf(d.validFrom()),
        String.valueOf(d.validUntil()),
        String.valueOf(d.description()));
  }

  private static boolean containsThai(@Nullable String text) {
    return text != null && text.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F);
  }

  private static boolean containsChinese(@Nullable String text) {
    return text != null && text.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
  }
}
