package org.mekong.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.core.sharing.SharingWorld.CN_TELCO;
import static org.mekong.core.sharing.SharingWorld.MM_POLICE;
import static org.mekong.core.sharing.SharingWorld.POLICY;
import static org.mekong.core.sharing.SharingWorld.TH_CCIB;
import static org.mekong.core.sharing.SharingWorld.VIEWERS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.marking.Tlp;

/**
 * Every TLP level, with and without named recipients, for objects of several categories originated
 * by th-ccib, against every viewer of {@link SharingWorld}.
 */
class VisibilityTableTest {

  /**
   * One row per valid marking. "named" means the marking names mm-police and cn-telco. Category
   * sets: F = fraud.impersonation.authority, M = money-mule, R = recruitment-lure, K =
   * calling-infrastructure, G = gambling, FM = fraud.investment + money-mule.
   *
   * <p>Cells: O own, P public, G community, R named recipient, A agreement, C client of a recipient
   * (originator withheld), - denied (originator withheld).
   */
  private static final String TABLE =
      """
      tlp           named  cats | th-ccib cn-mps cn-telco th-amlo th-imm th-bank th-telco mm-police mm-bank kh-police
      clear         no     F    | O       P      P        P       P      P       P        P         P       P
      clear         no     M    | O       P      P        P       P      P       P        P         P       P
      clear         no     R    | O       P      P        P       P      P       P        P         P       P
      clear         no     K    | O       P      P        P       P      P       P        P         P       P
      clear         no     G    | O       P      P        P       P      P       P        P         P       P
      clear         no     FM   | O       P      P        P       P      P       P        P         P       P
      green         no     F    | O       G      G        G       G      G       G        G         G       -
      green         no     M    | O       G      G        G       G      G       G        G         G       -
      green         no     R    | O       G      G        G       G      G       G        G         G       -
      green         no     K    | O       G      G        G       G      G       G        G         G       -
      green         no     G    | O       G      G        G       G      G       G        G         G       -
      green         no     FM   | O       G      G        G       G      G       G        G         G       -
      amber         no     F    | O       A      C        -       -      -       -        -         -       -
      amber         no     M    | O       -      -        A       -      C       -        -         -       -
      amber         no     R    | O       -      -        -       A      -       -        -         -       -
      amber         no     K    | O       -      -        -       -      -       C        -         -       -
      amber         no     G    | O       -      -        -       -      -       -        -         -       -
      amber         no     FM   | O       A      -        A       -      C       -        -         -       -
      amber         named  F    | O       A      R        -       -      -       -        R         C       -
      amber         named  M    | O       -      R        A       -      C       -        R         -       -
      amber         named  R    | O       -      R        -       A      -       -        R         -       -
      amber         named  K    | O       -      R        -       -      -       C        R         -       -
      amber         named  G    | O       -      R        -       -      -       -        R         -       -
      amber         named  FM   | O       A      R        A       -      C       -        R         C       -
      amber+strict  no     F    | O       A      -        -       -      -       -        -         -       -
      amber+strict  no     M    | O       -      -        -       -      -       -        -         -       -
      amber+strict  no     R    | O       -      -        -       A      -       -        -         -       -
      amber+strict  no     K    | O       -      -        -       -      -       -        -         -       -
      amber+strict  no     G    | O       -      -        -       -      -       -        -         -       -
      amber+strict  no     FM   | O       A      -        -       -      -       -        -         -       -
      amber+strict  named  F    | O       A      R        -       -      -       -        R         -       -
      amber+strict  named  M    | O       -      R        -       -      -       -        R         -       -
      amber+strict  named  R    | O       -      R        -       A      -       -        R         -       -
      amber+strict  named  K    | O       -      R        -       -      -       -        R         -       -
      amber+strict  named  G    | O       -      R        -       -      -       -        R         -       -
      amber+strict  named  FM   | O       A      R        -       -      -       -        R         -       -
      red           named  F    | O       -      R        -       -      -       -        R         -       -
      red           named  M    | O       -      R        -       -      -       -        R         -       -
      red           named  R    | O       -      R        -       -      -       -        R         -       -
      red           named  K    | O       -      R        -       -      -       -        R         -       -
      red           named  G    | O       -      R        -       -      -       -        R         -       -
      red           named  FM   | O       -      R        -       -      -       -        R         -       -
      """;

  private static final Map<String, Set<Category>> CATEGORY_SETS =
      Map.of(
          "F", Set.of(Category.FRAUD_IMPERSONATION_AUTHORITY),
          "M", Set.of(Category.MONEY_MULE),
          "R", Set.of(Category.RECRUITMENT_LURE),
          "K", Set.of(Category.CALLING_INFRASTRUCTURE),
          "G", Set.of(Category.GAMBLING),
          "FM", Set.of(Category.FRAUD_INVESTMENT, Category.MONEY_MULE));

  private static final Map<String, Set<AgencyId>> RECIPIENTS =
      Map.of("no", Set.of(), "named", Set.of(MM_POLICE.id(), CN_TELCO.id()));

  @Test
  void everyViewerSeesExactlyWhatTheTableSays() {
    List<String> lines = TABLE.lines().filter(line -> !line.isBlank()).toList();
    assertThat(lines.get(0).split("\\|")[1].trim().split("\\s+"))
        .as("table columns are the viewers")
        .containsExactlyElementsOf(VIEWERS.stream().map(a -> a.id().value()).toList());
    Map<String, String[]> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] sides = line.split("\\|");
      String previous = sides[0].trim().replaceAll("\\s+", " ");
      assertThat(rows.put(previous, sides[1].trim().split("\\s+"))).as(previous).isNull();
    }

    int checked = 0;
    for (Tlp tlp : Tlp.values()) {
      for (var named : RECIPIENTS.entrySet()) {
        for (var categories : CATEGORY_SETS.entrySet()) {
          String key = tlp.code() + " " + named.getKey() + " " + categories.getKey();
          MarkingCheck check =
              Marking.check(tlp, Handling.NONE, Evaluation.UNJUDGED, named.getValue());
          switch (check) {
            case MarkingCheck.Invalid invalid -> {
              assertThat(rows).as("no row for the invalid marking " + key).doesNotContainKey(key);
              boolean redWithoutRecipients = tlp == Tlp.RED && named.getKey().equals("no");
              boolean publicWithRecipients =
                  (tlp == Tlp.CLEAR || tlp == Tlp.GREEN) && named.getKey().equals("named");
              assertThat(redWithoutRecipients || publicWithRecipients)
                  .as(key + ": " + invalid.reason())
                  .isTrue();
            }
            case MarkingCheck.Valid valid -> {
              String[] expected = rows.remove(key);
              assertThat(expected).as("row " + key).isNotNull().hasSize(VIEWERS.size());
              SharedObject object =
                  new SharedObject(TH_CCIB.id(), valid.marking(), categories.getValue());
              for (int column = 0; column < VIEWERS.size(); column++) {
                Agency viewer = VIEWERS.get(column);
                String cell = cell(POLICY.access(viewer, object));
                assertThat(cell).as(key + " seen by " + viewer.id()).isEqualTo(expected[column]);
                assertThat(POLICY.withholdOriginator(viewer, object))
                    .as(key + ": originator withheld from " + viewer.id())
                    .isEqualTo(cell.equals("C") || cell.equals("-"));
                checked++;
              }
            }
          }
        }
      }
    }
    assertThat(rows.keySet()).as("rows that match no marking").isEmpty();
    assertThat(checked).isEqualTo(42 * VIEWERS.size());
  }

  @Test
  void theAudienceListsTheCommunityAgenciesOfARow() {
    SharedObject amberFraud =
        new SharedObject(
            TH_CCIB.id(),
            new Marking(
                Tlp.AMBER,
                Handling.NONE,
                Evaluation.UNJUDGED,
                Set.of(MM_POLICE.id(), CN_TELCO.id())),
            Set.of(Category.FRAUD_INVESTMENT, Category.MONEY_MULE));

    assertThat(POLICY.audience(amberFraud).stream().map(AgencyId::value))
        .containsExactly(
            "cn-mps", "cn-telco", "mm-bank", "mm-police", "th-amlo", "th-bank", "th-ccib");
  }

  private static String cell(Access access) {
    return switch (access) {
      case Access.Granted granted ->
          switch (granted.ground()) {
            case OWN -> "O";
            case PUBLIC -> "P";
            case COMMUNITY -> "G";
            case RECIPIENT -> "R";
            case AGREEMENT -> "A";
            case CLIENT_OF_RECIPIENT -> "C";
          };
      case Access.Denied ignored -> "-";
    };
  }
}
