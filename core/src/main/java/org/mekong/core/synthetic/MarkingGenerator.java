package org.mekong.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.InformationAccuracy;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.SourceReliability;
import org.mekong.core.marking.Tlp;

/**
 * Markings as agencies set them: mostly TLP:GREEN and TLP:AMBER, some TLP:CLEAR and
 * TLP:AMBER+STRICT, a few TLP:RED naming their recipients; mostly H0, some H1, H2 and H3.
 */
final class MarkingGenerator {

  private static final Weighted<Tlp> TLPS =
      Weighted.of(Tlp.CLEAR, 5, Tlp.GREEN, 40, Tlp.AMBER, 38, Tlp.AMBER_STRICT, 12, Tlp.RED, 5);
  private static final Weighted<SourceReliability> RELIABILITY =
      Weighted.of(
          SourceReliability.A,
          15,
          SourceReliability.B,
          45,
          SourceReliability.C,
          15,
          SourceReliability.X,
          25);
  private static final Weighted<InformationAccuracy> ACCURACY =
      Weighted.of(
          InformationAccuracy.KNOWN_TRUE, 10,
          InformationAccuracy.KNOWN_TO_SOURCE, 30,
          InformationAccuracy.CORROBORATED, 35,
          InformationAccuracy.CANNOT_BE_JUDGED, 25);
  private static final List<String> H3_TEXTS =
      List.of(
          "Do not contact the subscriber before the operation on 2027-01-31.",
          "Banks may freeze only after AMLO approval; do not notify the account holder.",
          "Covert source: do not quote in public statements.",
          "For victim identification only; not for immigration decisions.");

  /** Agencies that may be named as recipients (law enforcement, FIU, immigration). */
  private static final List<AgencyId> NAMEABLE =
      List.of(
          SyntheticWorld.CN_MPS_AFC,
          SyntheticWorld.TH_CCIB,
          SyntheticWorld.MM_POLICE,
          SyntheticWorld.TH_AMLO,
          SyntheticWorld.TH_IMMIGRATION);

  private final RandomGenerator random;

  MarkingGenerator(RandomGenerator random) {
    this.random = random;
  }

  Marking next(AgencyId originator) {
    Tlp tlp = TLPS.pick(random);
    Set<AgencyId> recipients =
        switch (tlp) {
          case CLEAR, GREEN -> Set.of();
          case AMBER -> random.nextInt(7) == 0 ? others(originator, 1) : Set.of();
          case AMBER_STRICT ->
              random.nextInt(10) == 0
                  ? Set.of(SyntheticWorld.TH_CHAOPHRAYA_MOBILE)
                  : random.nextInt(4) == 0 ? others(originator, 1) : Set.of();
          case RED -> others(originator, 1 + random.nextInt(2));
        };
    return new Marking(tlp, handling(), evaluation(), recipients);
  }

  Evaluation evaluation() {
    return new Evaluation(RELIABILITY.pick(random), ACCURACY.pick(random));
  }

  private Handling handling() {
    int r = random.nextInt(100);
    if (r < 70) {
      return Handling.NONE;
    } else if (r < 80) {
      return Handling.of(HandlingCode.NO_JUDICIAL_USE);
    } else if (r < 90) {
      return Handling.of(HandlingCode.NO_ONWARD_SHARING);
    } else if (r < 95) {
      return Handling.of(HandlingCode.NO_JUDICIAL_USE, HandlingCode.NO_ONWARD_SHARING);
    }
    return Handling.of(new HandlingCode.H3(H3_TEXTS.get(random.nextInt(H3_TEXTS.size()))));
  }

  private Set<AgencyId> others(AgencyId originator, int count) {
    List<AgencyId> candidates = new ArrayList<>(NAMEABLE);
    candidates.remove(originator);
    Set<AgencyId> chosen = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    while (chosen.size() < count) {
      chosen.add(candidates.get(random.nextInt(candidates.size())));
    }
    return chosen;
  }
}
