package org.newsgraph.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: "CHICAGO (AP) —", "LONDON, Nov 28 (Reuters) -",
 * "SANTA FE, N.M. (AP) —", "WASHINGTON —". The model learned CoNLL-2003's datelines ("LONDON
 * 1996-08-30"), not these, and typed the place by its word ("CHICAGO" MISC, "DETROIT"
 * ORGANIZATION) or missed it; every story of an archive has one, so each such slip becomes an
 * entity that co-occurs with everything. The place of a dateline is a LOCATION and the agency an
 * ORGANIZATION. Without an agency in brackets, only a name the model found in the place is retyped:
 * "UPDATE —" is no dateline, and the model did not tag it.
 */
final class Datelines {
  /** A dateline at the start of a paragraph; date and agency offsets are -1 where it names none. */
  record Dateline(int sentenceIndex, int placeStart, int placeEnd, int dateStart, int dateEnd,
      int agencyStart, int agencyEnd) {
    boolean hasAgency() {
      return agencyStart >= 0;
    }
  }

  private static final Pattern DATELINE = Pattern.compile(
      "(?<place>[A-Z][A-Z'.-]*[A-Z.](?: [A-Z][A-Z'.-]*[A-Z.]){0,3})" // LONDON, NEW YORK, ST. LOUIS
          + "(?:, (?<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?" // , N.M. / , England
          + "(?:,? (?<date>[A-Z][a-z]{2,8}\\.? \\d{1,2}))?" // Nov 28
          + " ?(?:\\((?<agency>[A-Z][A-Za-z-]{1,14}(?: [A-Z][a-z]+){0,2})\\) ?)?" // (AP), (Reuters)
          + "(?:\u2014|\u2013|--?) ");
  /** Words in capitals that open a paragraph before a dash without being a place. */
  private static final Set<String> NOT_PLACES = Set.of(
      "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT",
      "CORRECTION", "NOTE", "WARNING", "LIVE", "WATCH", "VIDEO", "PHOTOS", "REVIEW", "INTERVIEW");

  private Datelines() {}

  /** The dateline at the start of {@code paragraph}, whose text begins at {@code offset}; or null. */
  static Dateline find(String paragraph, int offset, int sentenceIndex) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.lookingAt() || NOT_PLACES.contains(m.group("place"))) {
      return null;
    }
    boolean agency = m.group("agency") != null;
    boolean date = m.group("date") != null;
    return new Dateline(sentenceIndex, offset + m.start("place"), offset + m.end("place"),
        date ? offset + m.start("date") : -1, date ? offset + m.end("date") : -1,
        agency ? offset + m.start("agency") : -1, agency ? offset + m.end("agency") : -1);
  }

  /**
   * Gives the dateline's names their types, adding the place where the model missed it. Its date
   * is a date: the model tags "Jan 12" a person.
   */
  static void apply(Dateline d, List<RawMention> mentions, String written) {
    if (d.dateStart() >= 0) {
      String date = written.substring(d.dateStart(), d.dateEnd());
      if (ValueFinder.isDate(date) && mentions.removeIf(m -> m.type().isNamed() && m.start() < d.dateEnd() && d.dateStart() < m.end())) {
        mentions.add(new RawMention(d.sentenceIndex(), d.dateStart(), d.dateEnd(), date, EntityType.DATE, 1.0));
      }
    }
    boolean placeFound = retype(mentions, d.placeStart(), d.placeEnd(), EntityType.LOCATION);
    if (!d.hasAgency()) {
      return;
    }
    if (!placeFound && !overlapsAny(mentions, d.placeStart(), d.placeEnd())) {
      mentions.add(new RawMention(d.sentenceIndex(), d.placeStart(), d.placeEnd(),
          written.substring(d.placeStart(), d.placeEnd()), EntityType.LOCATION, 1.0));
    }
    if (!retype(mentions, d.agencyStart(), d.agencyEnd(), EntityType.ORGANIZATION)
        && !overlapsAny(mentions, d.agencyStart(), d.agencyEnd())) {
      mentions.add(new RawMention(d.sentenceIndex(), d.agencyStart(), d.agencyEnd(),
          written.substring(d.agencyStart(), d.agencyEnd()), EntityType.ORGANIZATION, 1.0));
    }
  }

  /** Retypes the model's names inside [start, end); whether there was one. */
  private static boolean retype(List<RawMention> mentions, int start, int end, EntityType type) {
    boolean found = false;
    for (int i = 0; i < mentions.size(); i++) {
      RawMention m = mentions.get(i);
      if (m.start() >= start && m.end() <= end && m.type().isNamed()) {
        found = true;
        if (m.type() != type) {
          mentions.set(i, new RawMention(m.sentenceIndex(), m.start(), m.end(), m.text(), type, m.probability()));
        }
      }
    }
    return found;
  }

  private static boolean overlapsAny(List<RawMention> mentions, int start, int end) {
    for (RawMention m : mentions) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }
}
