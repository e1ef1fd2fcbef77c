package org.newsgraph.stats;

/**
 * Association measures of a pair (a, b) from its 2x2 contingency table over N units (articles,
 * sentences or sentence windows) of one slice: n_ab units hold both, n_a hold a, n_b hold b.
 * Formulas and edge cases: docs/tables.md#association-measures. Plain Java, no Spark.
 */
public final class AssociationMeasures {
  private AssociationMeasures() {}

  /** The measures of one pair. */
  public record Scores(double pmi, double npmi, double llr, double dice) {}

  public static Scores of(long nab, long na, long nb, long n) {
    if (nab <= 0 || nab > Math.min(na, nb) || Math.max(na, nb) > n || na + nb - nab > n) {
      throw new IllegalArgumentException("impossible counts: n_ab=" + nab + " n_a=" + na + " n_b=" + nb + " N=" + n);
    }
    double pab = (double) nab / n;
    double pmi = log2((double) nab * n / ((double) na * nb));
    // A pair present in every unit is perfectly associated; -log p(a,b) is 0 there.
    // Clamped: when n_ab = n_a = n_b the ratio is exactly 1 but rounding can leave it a hair above.
    double npmi = nab == n ? 1.0 : Math.max(-1.0, Math.min(1.0, pmi / -log2(pab)));
    double dice = 2.0 * nab / (na + nb);
    return new Scores(pmi, npmi, logLikelihood(nab, na, nb, n), dice);
  }

  /** Dunning's G² = 2 Σ O ln(O / E) over the four cells; empty cells contribute 0. */
  static double logLikelihood(long nab, long na, long nb, long n) {
    long[] observed = {nab, na - nab, nb - nab, n - na - nb + nab};
    double[] expected = {
        (double) na * nb / n, (double) na * (n - nb) / n, (double) (n - na) * nb / n, (double) (n - na) * (n - nb) / n};
    double g2 = 0;
    for (int i = 0; i < 4; i++) {
      if (observed[i] > 0) {
        g2 += observed[i] * Math.log(observed[i] / expected[i]);
      }
    }
    return Math.max(0, 2 * g2); // rounding can leave a tiny negative for independent pairs
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
