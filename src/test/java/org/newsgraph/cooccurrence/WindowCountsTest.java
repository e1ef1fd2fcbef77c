package org.newsgraph.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowCountsTest {
  /** window/kind/a/b -> n */
  static Map<String, Long> counts(List<Long> ids, List<Integer> sentences, int total, int max, int n) {
    Map<String, Long> m = new HashMap<>();
    for (WindowCounts.Count c : WindowCounts.of(ids, sentences, total, max, n)) {
      m.put(c.unit() + "/" + c.kind() + "/" + c.a() + "/" + c.b(), c.n());
    }
    return m;
  }

  @Test
  void countsUnitsEntitiesAndPairsPerWindow() {
    // Five sentences. Entity 1 in sentences 0 and 4, entity 2 in sentence 0, entity 3 in sentence 2.
    Map<String, Long> m = counts(List.of(1L, 2L, 3L, 1L), List.of(0, 0, 2, 4), 5, 100, 1);
    assertEquals(1L, m.get("article/units/0/0"));
    assertEquals(1L, m.get("article/pair/1/3"));
    assertEquals(5L, m.get("sentence/units/0/0"));
    assertEquals(2L, m.get("sentence/entity/1/0"));
    assertEquals(1L, m.get("sentence/pair/1/2"));
    assertEquals(null, m.get("sentence/pair/1/3"), "never in one sentence");
    // ±1 windows: entity 1 covers units 0,1,3,4; entity 3 covers 1,2,3; together in 1 and 3.
    assertEquals(5L, m.get("sentences_1/units/0/0"));
    assertEquals(4L, m.get("sentences_1/entity/1/0"));
    assertEquals(3L, m.get("sentences_1/entity/3/0"));
    assertEquals(2L, m.get("sentences_1/pair/1/3"));
    assertEquals(2L, m.get("sentences_1/pair/1/2"));
  }

  @Test
  void theCapKeepsTheMostMentionedEntities() {
    // Entity 9 has three mentions, 5 two, 7 and 8 one each: with a cap of 2 only (5, 9) pairs.
    Map<String, Long> m = counts(List.of(9L, 9L, 9L, 5L, 5L, 7L, 8L), List.of(0, 0, 0, 0, 0, 0, 0), 1, 2, 0);
    assertEquals(1L, m.get("article/pair/5/9"));
    assertEquals(1, m.keySet().stream().filter(k -> k.startsWith("article/pair")).count());
    assertEquals(null, m.get("article/entity/7/0"));
  }

  @Test
  void anArticleWithoutEntitiesStillCountsItsUnits() {
    Map<String, Long> m = counts(List.of(), List.of(), 3, 100, 2);
    assertEquals(Map.of("article/units/0/0", 1L, "sentence/units/0/0", 3L, "sentences_2/units/0/0", 3L), m);
  }
}
