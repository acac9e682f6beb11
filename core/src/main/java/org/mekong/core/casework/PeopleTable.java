package org.mekong.core.casework;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.input.PartialDate;
import org.mekong.core.names.AnalysedName;

/**
 * What {@link KnownPeople} holds, a slot a person: the people, the postings of their names' keys
 * (all people, and by birth year) and of their documents, and per slot what rules a candidate out
 * (creator, disclosable, birth date). Not thread-safe: {@link KnownPeople} locks.
 */
final class PeopleTable {

  /** The birth year under which people of unknown birth date are posted. */
  static final int YEAR_UNKNOWN = -1;

  /** The postings of one blocking key: every person, and the people born in each year. */
  static final class KeyPostings {
    final Slots.Postings all = new Slots.Postings();
    final Map<Integer, Slots.Postings> byYear = new HashMap<>(4);
  }

  final Map<PersonId, Integer> slots = new HashMap<>();
  final Map<String, KeyPostings> nameKeys = new HashMap<>();
  final Map<String, Slots.Postings> documentKeys = new HashMap<>();
  final Map<String, Integer> agencies = new HashMap<>();
  final BitSet disclosable = new BitSet();
  @Nullable KnownPerson[] people = new KnownPerson[1024];

  /**
   * Per slot, in one word so that ruling a candidate out reads memory once: the creating agency's
   * number in the high half (-1 for a person removed), the packed birth date in the low half.
   */
  long[] meta = new long[1024];

  int size;
  int live;

  void add(
      PersonId id,
      List<String> names,
      @Nullable List<AnalysedName> analysed,
      @Nullable PartialDate birthDate,
      List<IdentityDocument> documents,
      AgencyId creator,
      Set<String> keys) {
    remove(id);
    int slot = size++;
    if (slot == people.length) {
      people = Arrays.copyOf(people, slot * 2);
      meta = Arrays.copyOf(meta, slot * 2);
    }
    int agency = agencies.computeIfAbsent(creator.value(), a -> agencies.size());
    meta[slot] = meta(agency, PackedDates.packed(birthDate));
    people[slot] = new KnownPerson(id, names, birthDate, documents, analysed);
    slots.put(id, slot);
    live++;
    int year = birthDate == null ? YEAR_UNKNOWN : birthDate.year();
    for (String key : keys) {
      KeyPostings postings = nameKeys.computeIfAbsent(key, k -> new KeyPostings());
      postings.all.add(slot);
      postings.byYear.computeIfAbsent(year, y -> new Slots.Postings()).add(slot);
    }
    documents.forEach(
        d -> documentKeys.computeIfAbsent(key(d), k -> new Slots.Postings()).add(slot));
  }

  void remove(PersonId id) {
    Integer slot = slots.remove(id);
    if (slot != null) {
      people[slot] = null; // its postings stay and are skipped
      meta[slot] = meta(-1, birth(slot));
      disclosable.clear(slot);
      live--;
    }
  }

  /** The creating agency's number of a slot, -1 for a person removed. */
  int creator(int slot) {
    return creator(meta[slot]);
  }

  static int creator(long meta) {
    return (int) (meta >> 32);
  }

  static int birth(long meta) {
    return (int) meta;
  }

  private int birth(int slot) {
    return birth(meta[slot]);
  }

  private static long meta(int creator, int birth) {
    return ((long) creator << 32) | (birth & 0xffff_ffffL);
  }

  /** Whether agency number {@code agency} may see the person of a slot. */
  boolean visible(int slot, int agency) {
    return creator(slot) == agency || disclosable.get(slot);
  }

  static String key(IdentityDocument document) {
    return document.issuingState().code() + ":" + document.number();
  }
}
