package org.newsgraph.nlp;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * Precision, recall and F1 with exact span-and-type matching, as CoNLL's conlleval counts them:
 * a predicted entity is correct only when its start, end and type all equal a gold entity's.
 */
public final class NerScorer {
  /** Counts for one type (or for all types together). */
  public static final class Counts {
    public long truePositives;
    public long falsePositives;
    public long falseNegatives;

    public double precision() {
      long predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      long gold = truePositives + falseNegatives;
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Counts overall = new Counts();
  private final Map<String, Counts> byType = new TreeMap<>();

  /** Adds one sentence: the gold spans and the predicted spans over the same tokens. */
  public void add(Span[] gold, Span[] predicted) {
    Set<Span> goldSet = new HashSet<>(java.util.List.of(gold));
    Set<Span> predictedSet = new HashSet<>(java.util.List.of(predicted));
    for (Span p : predictedSet) {
      Counts c = byType.computeIfAbsent(p.getType(), t -> new Counts());
      if (goldSet.contains(p)) {
        c.truePositives++;
        overall.truePositives++;
      } else {
        c.falsePositives++;
        overall.falsePositives++;
      }
    }
    for (Span g : goldSet) {
      if (!predictedSet.contains(g)) {
        byType.computeIfAbsent(g.getType(), t -> new Counts()).falseNegatives++;
        overall.falseNegatives++;
      }
    }
  }

  public Counts overall() {
    return overall;
  }

  public Map<String, Counts> byType() {
    return byType;
  }
}
