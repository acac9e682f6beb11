package org.mekong.core.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.mekong.core.casework.ControlMethod;
import org.mekong.core.casework.DocumentType;
import org.mekong.core.casework.Exploitation;
import org.mekong.core.casework.ExploitationType;
import org.mekong.core.casework.IdentityDocument;
import org.mekong.core.casework.Language;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.Need;
import org.mekong.core.casework.PersonName;
import org.mekong.core.casework.RecruitmentChannel;
import org.mekong.core.casework.RecruitmentMethod;
import org.mekong.core.casework.Sex;
import org.mekong.core.casework.Verdict;
import org.mekong.core.input.PartialDate;
import org.mekong.core.synthetic.RescuedPerson.ConsentAnswer;

/**
 * The 261 people rescued from KK Park and Shwe Kokko in the demo's story, the same for a seed and
 * read from no clock: names in their own scripts, birth dates (some partial), documents for most
 * (the compound kept the others'), languages, how they were recruited and controlled, and the
 * story's turns: a few refuse consent, two cannot answer (an override), a few fail the identity
 * check at the border, and a few are not (yet) found victims.
 */
public final class SyntheticRescue {

  /** How many people Myanmar hands over at the Friendship Bridge. */
  public static final int SIZE = 261;

  /** One compound the people are rescued from, south of Myawaddy. */
  public static final String KK_PARK = "KK Park";

  /** The other compound, north of Myawaddy. */
  public static final String SHWE_KOKKO = "Shwe Kokko";

  /**
   * People per nationality (alpha-3). In February 2025 Myanmar's border guards handed Thailand some
   * 260 people from Myawaddy's compounds at Mae Sot (261 in some reports; most of them, the
   * governor of Tak said, victims of trafficking), then a list of 7,141 people of 28 nationalities;
   * the roughly 7,200 who had gone home two months later were "overwhelmingly from China"
   * (Thailand's foreign ministry, as AP reported). Press reports of the releases name, among the
   * others, Indonesians, Vietnamese, Ethiopians, Kenyans, Indians, Filipinos, Thais and Malaysians.
   * The counts round that mix to 261 (the order after China is an estimate); they are not the
   * record of a real group.
   */
  public static final Map<String, Integer> NATIONALITIES = nationalities();

  /** People who refuse consent: two Chinese nationals and two others. */
  public static final int REFUSED_CONSENT = 4;

  /** People who cannot answer (in hospital): an override, one Chinese national and one other. */
  public static final int OVERRIDDEN_CONSENT = 2;

  /**
   * People whose documents do not match them at the border: two Chinese nationals, three others.
   */
  public static final int IDENTITY_MISMATCHES = 5;

  /** People Thailand finds offenders: one Chinese national, one other. */
  public static final int OFFENDERS = 2;

  /** People Thailand cannot decide on yet: three Chinese nationals, five others. */
  public static final int UNDETERMINED = 8;

  private static final String CHINA = "CHN";
  private static final LocalDate EXPIRY_BASE = LocalDate.parse("2026-01-01");

  private SyntheticRescue() {}

  /** The rescued people of {@code seed}, in the order Myanmar's police list them. */
  public static List<RescuedPerson> people(long seed) {
    SplittableRandom order = new SplittableRandom(Permutation.mix64(seed ^ 0x5E5C_0E261L));
    List<String> states = new ArrayList<>();
    NATIONALITIES.forEach((state, count) -> states.addAll(Collections.nCopies(count, state)));
    for (int i = states.size() - 1; i > 0; i--) {
      int j = order.nextInt(i + 1);
      states.set(i, states.set(j, states.get(i)));
    }
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      drafts.add(draft(states.get(i), new SplittableRandom(Permutation.mix64(seed * 31 + i))));
    }
    int[] visit = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      visit[i] = i;
    }
    for (int i = SIZE - 1; i > 0; i--) {
      int j = order.nextInt(i + 1);
      int swap = visit[i];
      visit[i] = visit[j];
      visit[j] = swap;
    }
    Turns turns = new Turns(drafts, visit);
    turns.mark(2, 2, d -> true, d -> d.consent = ConsentAnswer.REFUSED);
    turns.mark(1, 1, d -> true, d -> d.consent = ConsentAnswer.OVERRIDE);
    turns.mark(2, 3, d -> !d.documents.isEmpty(), d -> d.mismatch = true);
    turns.mark(1, 1, d -> true, d -> d.verdict = Verdict.OFFENDER);
    turns.mark(3, 5, d -> true, d -> d.verdict = Verdict.UNDETERMINED);
    List<RescuedPerson> people = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      people.add(drafts.get(i).person(i));
    }
    return List.copyOf(people);
  }

  private static Map<String, Integer> nationalities() {
    Map<String, Integer> mix = new LinkedHashMap<>();
    mix.put(CHINA, 125);
    mix.put("IDN", 30);
    mix.put("VNM", 25);
    mix.put("ETH", 22);
    mix.put("KEN", 15);
    mix.put("PHL", 14);
    mix.put("THA", 12);
    mix.put("MYS", 9);
    mix.put("IND", 9);
    return Collections.unmodifiableMap(mix);
  }

  /** One person's attributes drawn from its own stream; the story's turns are marked later. */
  private static Draft draft(String state, SplittableRandom random) {
    boolean female = random.nextInt(100) < 30;
    Draft draft = new Draft(state, female, RescuedNames.of(state, female, random));
    int year = 1978 + random.nextInt(28);
    int roll = random.nextInt(100);
    draft.birthDate =
        roll < 85
            ? new PartialDate(year, 1 + random.nextInt(12), 1 + random.nextInt(28))
            : roll < 95 ? new PartialDate(year, 1 + random.nextInt(12), 0) : null;
    if (draft.birthDate == null && random.nextBoolean()) {
      draft.birthDate = new PartialDate(year, 0, 0);
    }
    boolean withheld = random.nextInt(100) < 18;
    if (!withheld) {
      draft.documents.add(
          new IdentityDocument(
              DocumentType.PASSPORT,
              RescuedDocuments.passportNumber(state, random),
              new Nationality(state),
              EXPIRY_BASE.plusDays(random.nextInt(8 * 365))));
    }
    draft.languages.addAll(RescuedDocuments.languages(state, random));
    draft.channels.add(RescuedDocuments.channel(state, random));
    draft.methods.add(
        random.nextInt(10) < 7
            ? RecruitmentMethod.JOB_ADVERTISEMENT
            : random.nextBoolean()
                ? RecruitmentMethod.FRIEND_OR_ACQUAINTANCE
                : RecruitmentMethod.RECRUITMENT_AGENCY);
    draft.control.add(ControlMethod.CONFINEMENT);
    draft.control.add(ControlMethod.EXCESSIVE_WORKING_HOURS);
    if (withheld) {
      draft.control.add(ControlMethod.WITHHELD_DOCUMENTS);
      draft.needs.add(Need.NO_TRAVEL_DOCUMENT);
    }
    for (ControlMethod extra :
        List.of(
            ControlMethod.DEBT_BONDAGE,
            ControlMethod.THREATS,
            ControlMethod.PHYSICAL_VIOLENCE,
            ControlMethod.WITHHELD_WAGES)) {
      if (random.nextInt(3) == 0) {
        draft.control.add(extra);
      }
    }
    draft.needs.add(Need.SHELTER);
    if (random.nextInt(10) == 0) {
      draft.needs.add(Need.MEDICAL_CARE);
    }
    if (random.nextInt(8) == 0) {
      draft.needs.add(Need.PSYCHOLOGICAL_SUPPORT);
    }
    if (draft.languages.stream().noneMatch(l -> l.code().equals("en") || l.code().equals("th"))) {
      draft.needs.add(Need.INTERPRETER);
    }
    draft.compound = random.nextInt(10) < 6 ? KK_PARK : SHWE_KOKKO;
    draft.reportedMissing = random.nextInt(100) < 15;
    return draft;
  }

  /** Marks the story's turns on the first people of a seeded order that have no turn yet. */
  private record Turns(List<Draft> drafts, int[] visit) {

    void mark(int chinese, int others, Predicate<Draft> eligible, Consumer<Draft> turn) {
      take(chinese, i -> drafts.get(i).state.equals(CHINA), eligible, turn);
      take(others, i -> !drafts.get(i).state.equals(CHINA), eligible, turn);
    }

    private void take(
        int count, IntPredicate nationality, Predicate<Draft> eligible, Consumer<Draft> turn) {
      int left = count;
      for (int k = 0; k < visit.length && left > 0; k++) {
        Draft draft = drafts.get(visit[k]);
        if (nationality.test(visit[k]) && !draft.turned && eligible.test(draft)) {
          turn.accept(draft);
          draft.turned = true;
          if (draft.consent == ConsentAnswer.OVERRIDE) {
            draft.needs.add(Need.MEDICAL_CARE);
            draft.needs.add(Need.INJURED);
          }
          left--;
        }
      }
    }
  }

  /** A person being drawn. */
  private static final class Draft {
    final String state;
    final boolean female;
    final List<String> names;
    @Nullable PartialDate birthDate;
    final List<IdentityDocument> documents = new ArrayList<>();
    final List<Language> languages = new ArrayList<>();
    final Set<RecruitmentChannel> channels = EnumSet.noneOf(RecruitmentChannel.class);
    final Set<RecruitmentMethod> methods = EnumSet.noneOf(RecruitmentMethod.class);
    final Set<ControlMethod> control = EnumSet.noneOf(ControlMethod.class);
    final Set<Need> needs = EnumSet.noneOf(Need.class);
    String compound = KK_PARK;
    boolean reportedMissing;
    ConsentAnswer consent = ConsentAnswer.GIVEN;
    boolean mismatch;
    Verdict verdict = Verdict.VICTIM;
    boolean turned;

    Draft(String state, boolean female, List<String> names) {
      this.state = state;
      this.female = female;
      this.names = names;
    }

    RescuedPerson person(int number) {
      return new RescuedPerson(
          number,
          names.stream().map(PersonName::new).toList(),
          birthDate,
          female ? Sex.FEMALE : Sex.MALE,
          new Nationality(state),
          documents,
          languages,
          needs,
          new Exploitation(
              methods,
              channels,
              control,
              EnumSet.of(ExploitationType.FORCED_CRIMINAL_ACTIVITY),
              List.of()),
          compound,
          reportedMissing,
          consent,
          mismatch,
          verdict);
    }
  }
}
