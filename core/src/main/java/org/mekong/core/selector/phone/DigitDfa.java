package org.mekong.core.selector.phone;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.phone.DigitRegex.Alt;
import org.mekong.core.selector.phone.DigitRegex.Chars;
import org.mekong.core.selector.phone.DigitRegex.Node;
import org.mekong.core.selector.phone.DigitRegex.Repeat;
import org.mekong.core.selector.phone.DigitRegex.Seq;

/**
 * A deterministic automaton over ASCII digits, compiled from a {@link DigitRegex} tree (Thompson
 * construction, then subset construction). Immutable and thread-safe.
 */
final class DigitDfa {

  static final int DEAD = -1;
  private static final int MAX_STATES = 50_000;

  private final int[] next;
  private final int[] acceptMask;

  private DigitDfa(int[] next, int[] acceptMask) {
    this.next = next;
    this.acceptMask = acceptMask;
  }

  /** Compiles {@code regex}; {@code null} when it is outside the supported subset or too big. */
  static @Nullable DigitDfa compile(String regex) {
    return compileUnion(List.of(regex));
  }

  /**
   * Compiles the union of up to 31 expressions into one automaton whose accepting states say, as
   * bit {@code i} of {@link #run}, that expression {@code i} matches; {@code null} when some
   * expression is outside the supported subset or the automaton grows too big.
   */
  static @Nullable DigitDfa compileUnion(List<String> regexes) {
    if (regexes.size() > 31) {
      throw new IllegalArgumentException("at most 31 expressions: " + regexes.size());
    }
    List<Node> nodes = new ArrayList<>();
    try {
      for (String regex : regexes) {
        nodes.add(DigitRegex.parse(regex));
      }
    } catch (DigitRegex.UnsupportedSyntax e) {
      return null;
    }
    return fromNodes(nodes);
  }

  /**
   * The bits of the expressions that match the whole of {@code s[from, to)}, 0 if none; {@code s}
   * holds ASCII digits only there.
   */
  int run(byte[] s, int from, int to) {
    int state = 0;
    for (int i = from; i < to; i++) {
      state = next[state * 10 + (s[i] - '0')];
      if (state == DEAD) {
        return 0;
      }
    }
    return acceptMask[state];
  }

  /** Whether the whole of {@code s[from, to)} is in the language (Java's {@code matches()}). */
  boolean matches(byte[] s, int from, int to) {
    int state = 0;
    for (int i = from; i < to; i++) {
      state = next[state * 10 + (s[i] - '0')];
      if (state == DEAD) {
        return false;
      }
    }
    return acceptMask[state] != 0;
  }

  /** Whether some prefix of {@code s[from, to)} is in the language (Java's {@code lookingAt()}). */
  boolean matchesPrefix(byte[] s, int from, int to) {
    int state = 0;
    if (acceptMask[state] != 0) {
      return true;
    }
    for (int i = from; i < to; i++) {
      state = next[state * 10 + (s[i] - '0')];
      if (state == DEAD) {
        return false;
      }
      if (acceptMask[state] != 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether some non-empty prefix of {@code s[from, to)} is in the language. */
  boolean matchesNonEmptyPrefix(byte[] s, int from, int to) {
    int state = 0;
    for (int i = from; i < to; i++) {
      state = next[state * 10 + (s[i] - '0')];
      if (state == DEAD) {
        return false;
      }
      if (acceptMask[state] != 0) {
        return true;
      }
    }
    return false;
  }

  int stateCount() {
    return acceptMask.length;
  }

  /** Writes the automaton for {@link #read}. */
  void write(DataOutputStream out) throws IOException {
    PlanTable.writeInts(out, next);
    PlanTable.writeInts(out, acceptMask);
  }

  /**
   * An automaton as {@link #write} wrote it.
   *
   * @throws IllegalArgumentException when the bytes are not one
   */
  static DigitDfa read(ByteBuffer in) {
    int[] next = PlanTable.readInts(in);
    int[] acceptMask = PlanTable.readInts(in);
    // the table's checksum vouches for the transitions, which are not checked one by one here
    if (next.length != acceptMask.length * 10 || acceptMask.length == 0) {
      throw new IllegalArgumentException("an automaton of " + acceptMask.length + " states");
    }
    return new DigitDfa(next, acceptMask);
  }

  private static @Nullable DigitDfa fromNodes(List<Node> roots) {
    Nfa nfa = new Nfa();
    int start = nfa.newState();
    int[] ends = new int[roots.size()];
    for (int i = 0; i < ends.length; i++) {
      int branch = nfa.newState();
      nfa.epsilons.get(start).add(branch);
      ends[i] = nfa.build(roots.get(i), branch);
    }
    Map<BitSet, Integer> ids = new HashMap<>();
    List<BitSet> sets = new ArrayList<>();
    ArrayDeque<Integer> work = new ArrayDeque<>();
    BitSet initial = new BitSet();
    initial.set(start);
    nfa.close(initial);
    ids.put(initial, 0);
    sets.add(initial);
    work.add(0);
    List<int[]> rows = new ArrayList<>();
    while (!work.isEmpty()) {
      int id = work.poll();
      BitSet set = sets.get(id);
      int[] row = new int[10];
      for (int digit = 0; digit < 10; digit++) {
        BitSet moved = nfa.move(set, digit);
        if (moved.isEmpty()) {
          row[digit] = DEAD;
          continue;
        }
        Integer target = ids.get(moved);
        if (target == null) {
          target = sets.size();
          if (target >= MAX_STATES) {
            return null;
          }
          ids.put(moved, target);
          sets.add(moved);
          work.add(target);
        }
        row[digit] = target;
      }
      while (rows.size() <= id) {
        rows.add(new int[0]);
      }
      rows.set(id, row);
    }
    int[] next = new int[sets.size() * 10];
    int[] acceptMask = new int[sets.size()];
    for (int i = 0; i < sets.size(); i++) {
      System.arraycopy(rows.get(i), 0, next, i * 10, 10);
      for (int e = 0; e < ends.length; e++) {
        if (sets.get(i).get(ends[e])) {
          acceptMask[i] |= 1 << e;
        }
      }
    }
    return new DigitDfa(next, acceptMask);
  }

  /** A Thompson NFA: digit-mask edges and epsilon edges. */
  private static final class Nfa {
    private final List<List<int[]>> edges = new ArrayList<>();
    private final List<List<Integer>> epsilons = new ArrayList<>();

    int newState() {
      edges.add(new ArrayList<>());
      epsilons.add(new ArrayList<>());
      return edges.size() - 1;
    }

    int build(Node node, int from) {
      return switch (node) {
        case Chars chars -> {
          int to = newState();
          edges.get(from).add(new int[] {chars.mask(), to});
          yield to;
        }
        case Seq seq -> {
          int current = from;
          for (Node item : seq.items()) {
            current = build(item, current);
          }
          yield current;
        }
        case Alt alt -> {
          int to = newState();
          for (Node option : alt.options()) {
            int branch = newState();
            epsilons.get(from).add(branch);
            epsilons.get(build(option, branch)).add(to);
          }
          yield to;
        }
        case Repeat repeat -> buildRepeat(repeat, from);
      };
    }

    private int buildRepeat(Repeat repeat, int from) {
      int current = from;
      for (int i = 0; i < repeat.min(); i++) {
        current = build(repeat.node(), current);
      }
      if (repeat.max() == -1) {
        int loop = newState();
        epsilons.get(current).add(loop);
        epsilons.get(build(repeat.node(), loop)).add(loop);
        return loop;
      }
      int end = newState();
      epsilons.get(current).add(end);
      for (int i = repeat.min(); i < repeat.max(); i++) {
        current = build(repeat.node(), current);
        epsilons.get(current).add(end);
      }
      return end;
    }

    void close(BitSet set) {
      ArrayDeque<Integer> stack = new ArrayDeque<>();
      set.stream().forEach(stack::push);
      while (!stack.isEmpty()) {
        int state = stack.pop();
        for (int target : epsilons.get(state)) {
          if (!set.get(target)) {
            set.set(target);
            stack.push(target);
          }
        }
      }
    }

    BitSet move(BitSet set, int digit) {
      BitSet moved = new BitSet();
      for (int state = set.nextSetBit(0); state >= 0; state = set.nextSetBit(state + 1)) {
        for (int[] edge : edges.get(state)) {
          if ((edge[0] & (1 << digit)) != 0) {
            moved.set(edge[1]);
          }
        }
      }
      close(moved);
      return moved;
    }
  }
}
