package org.newsgraph.cooccurrence;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The co-occurrence counts of one article, per window: how many units (the article; each
 * sentence; each window of ±N sentences around a sentence) it has, how many of them hold each
 * entity, and how many hold each pair. Plain Java; the Spark stage sums these over slices.
 *
 * <p>Only the article's {@code maxEntities} most-mentioned entities take part (ties: smaller id),
 * so no article yields more than maxEntities*(maxEntities-1)/2 pairs.
 */
public final class WindowCounts {
  private WindowCounts() {}

  public static final String ARTICLE = "article";
  public static final String SENTENCE = "sentence";

  /** One count: kind is "units" (a = b = 0), "entity" (b = 0) or "pair" (a < b). */
  public record Count(String unit, String kind, long a, long b, long n) {}

  /** The unit name for windows of ±N sentences. */
  public static String sentencesWindow(int n) {
    return "sentences_" + n;
  }

  /**
   * @param entityIds named-entity mentions' entity ids
   * @param sentenceIndexes the sentence of each mention, same order
   * @param sentences the article's sentence count
   * @param windowN N of the ±N sentence window; 0 for none
   */
  public static List<Count> of(List<Long> entityIds, List<Integer> sentenceIndexes, int sentences,
      int maxEntities, int windowN) {
    Map<Long, BitSet> seen = new HashMap<>();
    Map<Long, Integer> mentions = new HashMap<>();
    for (int i = 0; i < entityIds.size(); i++) {
      seen.computeIfAbsent(entityIds.get(i), k -> new BitSet()).set(sentenceIndexes.get(i));
      mentions.merge(entityIds.get(i), 1, Integer::sum);
    }
    List<Long> ids = new ArrayList<>(seen.keySet());
    ids.sort(Comparator.comparingInt((Long id) -> -mentions.get(id)).thenComparingLong(id -> id));
    if (ids.size() > maxEntities) {
      ids = ids.subList(0, maxEntities);
    }
    ids.sort(null);
    List<Count> out = new ArrayList<>();
    out.add(new Count(ARTICLE, "units", 0, 0, 1));
    for (int i = 0; i < ids.size(); i++) {
      out.add(new Count(ARTICLE, "entity", ids.get(i), 0, 1));
      for (int j = i + 1; j < ids.size(); j++) {
        out.add(new Count(ARTICLE, "pair", ids.get(i), ids.get(j), 1));
      }
    }
    addUnits(out, SENTENCE, ids, seen, sentences);
    if (windowN > 0) {
      Map<Long, BitSet> widened = new HashMap<>();
      for (Long id : ids) {
        BitSet w = new BitSet();
        BitSet s = seen.get(id);
        for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) {
          w.set(Math.max(0, i - windowN), Math.min(sentences, i + windowN + 1));
        }
        widened.put(id, w);
      }
      addUnits(out, sentencesWindow(windowN), ids, widened, sentences);
    }
    return out;
  }

  /** Units are sentences (or windows centred on them): an entity is in a unit when its bit is set. */
  private static void addUnits(List<Count> out, String window, List<Long> ids, Map<Long, BitSet> bits, int units) {
    out.add(new Count(window, "units", 0, 0, units));
    for (int i = 0; i < ids.size(); i++) {
      BitSet a = bits.get(ids.get(i));
      out.add(new Count(window, "entity", ids.get(i), 0, a.cardinality()));
      for (int j = i + 1; j < ids.size(); j++) {
        BitSet both = (BitSet) a.clone();
        both.and(bits.get(ids.get(j)));
        if (!both.isEmpty()) {
          out.add(new Count(window, "pair", ids.get(i), ids.get(j), both.cardinality()));
        }
      }
    }
  }
}
