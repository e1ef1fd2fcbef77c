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

  /** Maps a CoNLL-2003 tag suffix (PER, ORG, LOC, MISC) to a type. */
  public static EntityType fromConll(String tag) {
    switch (tag) {
      case "PER": return PERSON;
      case "ORG": return ORGANIZATION;
      case "LOC": return LOCATION;
      case "MISC": return MISC;
      default: throw new IllegalArgumentException("unknown CoNLL entity tag: " + tag);
    }
  }
}
