package org.newsgraph.topics;

import java.util.HashMap;
import java.util.Map;

/**
 * How well clusters (dominant topics) recover known classes (e.g. newspaper sections): purity and
 * normalised mutual information, NMI = I(C;K) / ((H(C) + H(K)) / 2), natural logs. Plain Java.
 */
public final class ClusterAgreement {
  private final Map<String, Map<String, Long>> counts = new HashMap<>();
  private long total;

  public void add(String cluster, String label, long n) {
    counts.computeIfAbsent(cluster, k -> new HashMap<>()).merge(label, n, Long::sum);
    total += n;
  }

  /** Share of items whose cluster's most common label is their own. */
  public double purity() {
    long majority = 0;
    for (Map<String, Long> byLabel : counts.values()) {
      majority += byLabel.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
    return total == 0 ? 0 : (double) majority / total;
  }

  public double nmi() {
    Map<String, Long> labelTotals = new HashMap<>();
    Map<String, Long> clusterTotals = new HashMap<>();
    counts.forEach((cluster, byLabel) -> byLabel.forEach((label, n) -> {
      labelTotals.merge(label, n, Long::sum);
      clusterTotals.merge(cluster, n, Long::sum);
    }));
    double mutual = 0;
    for (Map.Entry<String, Map<String, Long>> c : counts.entrySet()) {
      for (Map.Entry<String, Long> l : c.getValue().entrySet()) {
        double pxy = (double) l.getValue() / total;
        if (pxy > 0) {
          double px = (double) clusterTotals.get(c.getKey()) / total;
          double py = (double) labelTotals.get(l.getKey()) / total;
          mutual += pxy * Math.log(pxy / (px * py));
        }
      }
    }
    double h = entropy(labelTotals) + entropy(clusterTotals);
    return h == 0 ? 1.0 : 2 * mutual / h;
  }

  private double entropy(Map<String, Long> totals) {
    double h = 0;
    for (long n : totals.values()) {
      double p = (double) n / total;
      h -= p * Math.log(p);
    }
    return h;
  }
}
