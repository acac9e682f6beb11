package org.mekong.core.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the comparator on seeded random names across scripts, with odd characters. */
class NameComparatorPropertiesTest {

  private static final long SEED = 20261206L;
  private static final List<String> PARTS =
      List.of(
          "Wang",
          "Xiao",
          "Hong",
          "hsiao-hung",
          "王",
          "小紅",
          "欧阳",
          "Saw",
          "U",
          "Daw",
          "စော",
          "ချစ်",
          "သူ",
          "ซอ",
          "ชิต",
          "นาย",
          "Mr.",
          "Dr",
          "Co., Ltd.",
          "有限公司",
          "GmbH",
          "Иван",
          "محمد",
          "김정은",
          "やまだ",
          "ឈិន",
          "Nguyễn",
          "Đức",
          "Ｗｅｉ",
          "O'Brien",
          "J.",
          "2nd",
          "-",
          "‍",
          "é",
          "ﬁ",
          "😀",
          "\u0301");

  private static String randomName(Random random) {
    StringBuilder name = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(10) == 0) {
        name.appendCodePoint(random.nextInt(0x3000)); // anything, control characters included
      } else {
        name.append(PARTS.get(random.nextInt(PARTS.size())));
      }
      name.append(random.nextBoolean() ? " " : "");
    }
    return name.toString();
  }

  @Test
  void everyNameIsEitherRejectedWithAReasonOrComparedWithinBoundsSymmetricallyAndToItselfAsOne() {
    Random random = new Random(SEED);
    for (int n = 0; n < 3_000; n++) {
      Schema schema = Schema.values()[random.nextInt(Schema.values().length)];
      String a = randomName(random);
      String b = randomName(random);
      String context = "seed %d, pair %d: %s '%s' / '%s'".formatted(SEED, n, schema, a, b);
      boolean aOk = NameComparator.rejection(schema, a).isEmpty();
      boolean bOk = NameComparator.rejection(schema, b).isEmpty();
      if (!aOk || !bOk) {
        assertThatThrownBy(() -> NameComparator.compare(schema, a, b))
            .as(context)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(aOk ? "name2: " : "name1: ");
        continue;
      }
      Comparison ab = NameComparator.compare(schema, a, b);
      Comparison ba = NameComparator.compare(schema, b, a);
      assertThat(ab.score()).as(context).isBetween(0.0, 1.0);
      assertThat(ba.score()).as(context).isEqualTo(ab.score());
      assertThat(NameComparator.compare(schema, a, a).score()).as(context).isEqualTo(1.0);
    }
  }

  @Test
  void aTitleBeforeAPersonsNameNeverChangesTheScore() {
    Random random = new Random(SEED + 1);
    for (int n = 0; n < 1_000; n++) {
      String a = randomName(random);
      String b = randomName(random);
      if (NameComparator.rejection(Schema.PERSON, a).isPresent()
          || NameComparator.rejection(Schema.PERSON, b).isPresent()) {
        continue;
      }
      String context = "seed %d, pair %d: '%s' / '%s'".formatted(SEED + 1, n, a, b);
      assertThat(NameComparator.compare(Schema.PERSON, "Mr. " + a, b).score())
          .as(context)
          .isEqualTo(NameComparator.compare(Schema.PERSON, a, b).score());
    }
  }
}
