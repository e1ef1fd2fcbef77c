package org.newsgraph.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Values worked out by hand (shown in the comments), with the edge cases. */
class AssociationMeasuresTest {
  static final double EPS = 1e-9;

  @Test
  void anOrdinaryPair() {
    // N=100, n_a=10, n_b=20, n_ab=5.
    // PMI = log2(5*100/(10*20)) = log2(2.5) = 1.321928095
    // NPMI = 1.321928095 / -log2(0.05) = 1.321928095 / 4.321928095 = 0.305865361
    // Cells O = [5, 5, 15, 75], E = [2, 8, 18, 72]
    // G2 = 2(5 ln 2.5 + 5 ln 0.625 + 15 ln(15/18) + 75 ln(75/72))
    //    = 2(4.581453659 - 2.350018146 - 2.734823352 + 3.061649619) = 5.116523560
    // Dice = 2*5/(10+20) = 0.333333333
    AssociationMeasures.Scores s = AssociationMeasures.of(5, 10, 20, 100);
    assertEquals(1.321928095, s.pmi(), EPS);
    assertEquals(0.305865361, s.npmi(), EPS);
    assertEquals(5.116523560, s.llr(), 1e-6);
    assertEquals(1.0 / 3, s.dice(), EPS);
  }

  @Test
  void independentPairScoresZero() {
    // N=100, n_a=n_b=10, n_ab=1: p(a,b) = p(a)p(b); PMI 0, NPMI 0, G2 0.
    AssociationMeasures.Scores s = AssociationMeasures.of(1, 10, 10, 100);
    assertEquals(0, s.pmi(), EPS);
    assertEquals(0, s.npmi(), EPS);
    assertEquals(0, s.llr(), 1e-9);
    assertEquals(0.1, s.dice(), EPS);
  }

  @Test
  void aPairInEveryUnit() {
    // N = n_a = n_b = n_ab = 7: PMI log2(1) = 0, NPMI defined as 1, G2 0 (only the O11 cell, O=E), Dice 1.
    AssociationMeasures.Scores s = AssociationMeasures.of(7, 7, 7, 7);
    assertEquals(0, s.pmi(), EPS);
    assertEquals(1, s.npmi(), EPS);
    assertEquals(0, s.llr(), EPS);
    assertEquals(1, s.dice(), EPS);
  }

  @Test
  void countsOfOne() {
    // N=1: the single unit holds both: as above.
    assertEquals(1, AssociationMeasures.of(1, 1, 1, 1).npmi(), EPS);
    // N=4, n_a=n_b=n_ab=1: PMI log2(4) = 2, NPMI 2/2 = 1 (they only ever occur together).
    // O = [1,0,0,3], E = [0.25,0.75,0.75,2.25]: G2 = 2(ln 4 + 3 ln(4/3)) = 2(1.386294361 + 0.863046217) = 4.498681156
    AssociationMeasures.Scores s = AssociationMeasures.of(1, 1, 1, 4);
    assertEquals(2, s.pmi(), EPS);
    assertEquals(1, s.npmi(), EPS);
    assertEquals(4.498681156, s.llr(), 1e-8);
    assertEquals(1, s.dice(), EPS);
  }

  @Test
  void negativeAssociation() {
    // N=100, n_a=n_b=50, n_ab=1: PMI log2(1*100/2500) = log2(0.04) = -4.643856190
    // NPMI = -4.643856190 / -log2(0.01) = -4.643856190 / 6.643856190 = -0.698970004
    AssociationMeasures.Scores s = AssociationMeasures.of(1, 50, 50, 100);
    assertEquals(-4.643856190, s.pmi(), EPS);
    assertEquals(-0.698970004, s.npmi(), EPS);
    assertEquals(0.02, s.dice(), EPS); // 2*1/(50+50)
  }

  @Test
  void impossibleCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> AssociationMeasures.of(0, 1, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> AssociationMeasures.of(3, 2, 5, 10));
    assertThrows(IllegalArgumentException.class, () -> AssociationMeasures.of(1, 5, 5, 4));
    assertThrows(IllegalArgumentException.class, () -> AssociationMeasures.of(1, 3, 3, 0));
  }
}
