package org.newsgraph.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.topics.ClusterAgreement;

class ClusterAgreementTest {
  @Test
  void perfectAgreement() {
    ClusterAgreement a = new ClusterAgreement();
    a.add("0", "sport", 5);
    a.add("1", "tech", 5);
    assertEquals(1.0, a.purity(), 1e-12);
    assertEquals(1.0, a.nmi(), 1e-12);
  }

  @Test
  void workedByHand() {
    // Cluster 0: 3 sport, 1 tech; cluster 1: 1 sport, 3 tech. N = 8.
    // Purity = (3 + 3) / 8 = 0.75.
    // I = 2 * (3/8 ln((3/8)/(1/4)) + 1/8 ln((1/8)/(1/4))) = 2 * (0.152049 - 0.086643) = 0.130812
    // H(C) = H(K) = ln 2 = 0.693147; NMI = 2 * 0.130812 / 1.386294 = 0.188722
    ClusterAgreement a = new ClusterAgreement();
    a.add("0", "sport", 3);
    a.add("0", "tech", 1);
    a.add("1", "sport", 1);
    a.add("1", "tech", 3);
    assertEquals(0.75, a.purity(), 1e-12);
    assertEquals(0.188722, a.nmi(), 1e-6);
  }

  @Test
  void independentClustersScoreZero() {
    ClusterAgreement a = new ClusterAgreement();
    a.add("0", "sport", 2);
    a.add("0", "tech", 2);
    a.add("1", "sport", 2);
    a.add("1", "tech", 2);
    assertEquals(0.0, a.nmi(), 1e-12);
    assertEquals(0.5, a.purity(), 1e-12);
  }
}
