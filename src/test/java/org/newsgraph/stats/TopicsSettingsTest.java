package org.newsgraph.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.topics.TopicsStage;

class TopicsSettingsTest {
  static TopicsStage.Settings settings(double fraction) {
    return new TopicsStage.Settings(20, 50, fraction, 42, 5, 0.5, 20000, 10, 2);
  }

  @Test
  void autoBatchFractionGivesSmallCorporaTenPassesAndLargeOnesFewer() {
    assertEquals(0.2, TopicsStage.batchFraction(settings(0), 2_000), 1e-12);   // 10 passes of 50 x 0.2
    assertEquals(0.2, TopicsStage.batchFraction(settings(0), 20_000), 1e-12);
    assertEquals(0.1, TopicsStage.batchFraction(settings(0), 40_000), 1e-12);  // 5 passes
    assertEquals(0.05, TopicsStage.batchFraction(settings(0), 1_000_000), 1e-12); // Spark's default floor
    assertEquals(0.3, TopicsStage.batchFraction(settings(0.3), 1_000_000), 1e-12);
  }
}
