package org.mekong.core.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random names built from pieces of every script, titles, forms, controls, surrogates and
 * very long runs: each is either refused by {@link NameComparator#rejection} with a reason, or
 * compared without an exception to a valid comparison, with evidence too.
 */
class NameInputFuzzTest {

  private static final String[] PIECES = {
    "王",
    "小紅",
    "Wang",
    " ",
    "สมชาย",
    "นาย",
    "นางสาว",
    "စော",
    "ချစ်",
    "ဦး",
    "Nguyễn",
    "Mr.",
    "Dr",
    "Co., Ltd.",
    "有限公司",
    "บริษัท",
    "จำกัด",
    "-",
    "'",
    "\u0000",
    "\u0007",
    "\t",
    "\n",
    "\u200b",
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "김정은",
    "محمد",
    "ا",
    "0",
    "٣",
    "\u0301",
    "ǅ",
    "ﬁ",
    "Ⅻ",
    "...",
    "ក្រុម",
    "ລາວ",
    "Ivan",
    "Петров",
    "やまだ",
    "ss",
    "hsueh",
    "zhihua",
    "e",
    "ng"
  };

  @Test
  void everyNameIsRefusedWithAReasonOrCompared() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    Schema[] schemas = Schema.values();
    PersonEvidence evidence =
        new PersonEvidence(
            BirthDate.year(1980), "TH", PersonEvidence.Sex.MALE, java.util.List.of());
    for (int i = 0; i < 3_000; i++) {
      Schema schema = schemas[random.nextInt(schemas.length)];
      String a = name(random);
      String b = name(random);
      Optional<String> whyA = NameComparator.rejection(schema, a);
      Optional<String> whyB = NameComparator.rejection(schema, b);
      String context = "seed %d, %s, [%s] vs [%s]".formatted(seed, schema, a, b);
      if (whyA.isPresent() || whyB.isPresent()) {
        assertThat(whyA.orElse(whyB.orElse(""))).as(context).isNotBlank();
        assertThatThrownBy(() -> NameComparator.compare(schema, a, b))
            .as(context)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(whyA.isPresent() ? "name1: " : "name2: ");
        continue;
      }
      Comparison c = NameComparator.compare(schema, a, evidence, b, PersonEvidence.NONE);
      assertThat(c.score()).as(context).isBetween(0.0, 1.0);
      assertThat(NameComparator.compare(schema, a, evidence, b, evidence).explanation())
          .as(context)
          .isNotNull();
    }
  }

  private static String name(Random random) {
    StringBuilder name = new StringBuilder();
    for (int k = random.nextInt(7); k > 0; k--) {
      name.append(PIECES[random.nextInt(PIECES.length)]);
    }
    if (random.nextInt(50) == 0) {
      name.append("x".repeat(500 + random.nextInt(10_000)));
    }
    return name.toString();
  }
}
