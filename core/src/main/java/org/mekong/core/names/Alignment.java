package org.mekong.core.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Aligns the tokens of two names: every candidate pair (one token to one, or one token to two or
 * three adjacent fused tokens of the other name) is scored, and the best pairs are taken greedily,
 * each token at most once. Unaligned tokens count against the score by their weight.
 */
final class Alignment {

  /** Similarity of a fused alignment whose concatenation is equal (xiaohong = xiao+hong). */
  static final double FUSED = 0.95;

  private record Pair(List<Integer> left, List<Integer> right, double similarity, String how) {}

  private Alignment() {}

  /** The score and the explanation of the best greedy alignment of {@code a} and {@code b}. */
  static Comparison align(AnalysedName first, AnalysedName second, double threshold) {
    return align(first, second, threshold, true);
  }

  /**
   * The best greedy alignment's score, with its explanation when {@code explained} (else an empty
   * one): the score is the same either way.
   */
  static Comparison align(
      AnalysedName first, AnalysedName second, double threshold, boolean explained) {
    List<Token> a = first.tokens();
    List<Token> b = second.tokens();
    boolean chinese = first.chinese() && second.chinese();
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        Token x = a.get(i);
        Token y = b.get(j);
        if ((x.kind() == Token.Kind.FORM) != (y.kind() == Token.Kind.FORM)) {
          continue;
        }
        final int li = i;
        final int rj = j;
        TokenSimilarity.compare(x, y, chinese, i == 0 && j == 0)
            .ifPresent(
                m ->
                    candidates.add(
                        new Pair(List.of(li), List.of(rj), m.similarity(), m.method().label)));
      }
    }
    fused(a, second, false, candidates);
    fused(b, first, true, candidates);
    candidates.sort(
        Comparator.comparingDouble(Pair::similarity)
            .thenComparingInt(p -> p.left().size() + p.right().size())
            .reversed());
    boolean[] usedA = new boolean[a.size()];
    boolean[] usedB = new boolean[b.size()];
    List<Pair> chosen = new ArrayList<>();
    double matched = 0;
    for (Pair p : candidates) {
      if (used(p.left(), usedA) || used(p.right(), usedB)) {
        continue;
      }
      p.left().forEach(i -> usedA[i] = true);
      p.right().forEach(j -> usedB[j] = true);
      chosen.add(p);
      matched += p.similarity() * (weight(a, p.left()) + weight(b, p.right()));
    }
    double total = first.weight() + second.weight();
    double score = Math.min(1.0, Math.round(matched / total * 1000) / 1000.0);
    return new Comparison(
        score, score >= threshold, explained ? explain(a, b, chosen, usedA, usedB) : "");
  }

  /**
   * Adds one-to-fused candidates: a token of {@code one} against adjacent tokens of {@code many}.
   */
  private static void fused(
      List<Token> one, AnalysedName manyName, boolean swapped, List<Pair> out) {
    List<Token> many = manyName.tokens();
    for (int i = 0; i < one.size(); i++) {
      Token t = one.get(i);
      if (t.kind() == Token.Kind.FORM) {
        continue;
      }
      String key = t.chinese();
      for (int j = 0; j < many.size(); j++) {
        for (int k = j + 1; k < Math.min(many.size(), j + 3); k++) {
          if (many.get(k).kind() == Token.Kind.FORM) {
            break;
          }
          AnalysedName.Joined joined = manyName.joined(j, k);
          String concatenation = joined.latin();
          boolean same =
              concatenation.equals(t.latin())
                  || !key.isEmpty()
                      && Math.abs(concatenation.length() - t.latin().length()) <= 6
                      && joined.romanisation().equals(key);
          if (same) {
            List<Integer> single = List.of(i);
            List<Integer> range = new ArrayList<>();
            for (int r = j; r <= k; r++) {
              range.add(r);
            }
            String how = concatenation.equals(t.latin()) ? "fused" : "fused, romanisation";
            double similarity = concatenation.equals(t.latin()) ? FUSED : FUSED - 0.05;
            out.add(
                swapped
                    ? new Pair(range, single, similarity, how)
                    : new Pair(single, range, similarity, how));
          }
        }
      }
    }
  }

  private static boolean used(List<Integer> indices, boolean[] used) {
    for (int i : indices) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  private static double weight(List<Token> tokens, List<Integer> indices) {
    double sum = 0;
    for (int i : indices) {
      sum += tokens.get(i).kind().weight;
    }
    return sum;
  }

  private static String explain(
      List<Token> a, List<Token> b, List<Pair> chosen, boolean[] usedA, boolean[] usedB) {
    List<String> parts = new ArrayList<>();
    chosen.sort(Comparator.comparingInt(p -> p.left().getFirst()));
    for (Pair p : chosen) {
      parts.add(show(a, p.left(), true) + "=" + show(b, p.right(), false) + " " + p.how());
    }
    boolean reordered = false;
    for (int k = 1; k < chosen.size(); k++) {
      reordered |= chosen.get(k).right().getFirst() < chosen.get(k - 1).right().getFirst();
    }
    for (int i = 0; i < a.size(); i++) {
      if (!usedA[i]) {
        parts.add(show(a, List.of(i), true) + " unmatched in name 1");
      }
    }
    for (int j = 0; j < b.size(); j++) {
      if (!usedB[j]) {
        parts.add(show(b, List.of(j), true) + " unmatched in name 2");
      }
    }
    if (reordered) {
      parts.add("order differs");
    }
    return String.join("; ", parts);
  }

  private static String show(List<Token> tokens, List<Integer> indices, boolean withKind) {
    String text =
        indices.stream().map(i -> tokens.get(i).display()).collect(Collectors.joining("+"));
    if (!withKind) {
      return text;
    }
    return switch (tokens.get(indices.getFirst()).kind()) {
      case NAME -> text;
      case WEAK -> text + " (honorific)";
      case FORM -> text + " (form)";
    };
  }
}
