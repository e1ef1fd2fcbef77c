package org.newsgraph.nlp;

/**
 * Mention types. The first four come from the statistical model (CoNLL-2003's set); the last
 * three from {@link ValueFinder}'s patterns.
 */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, MISC, DATE, MONEY, PERCENT;

  /** Named entities take part in co-occurrence and canonicalisation; values do not. */
  public boolean isNamed() {
    return ordinal() <= MISC.ordinal();
  }
}
