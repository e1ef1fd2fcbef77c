package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds DATE, MONEY and PERCENT mentions with regular expressions over sentence text, the
 * character-level equivalent of OpenNLP's RegexNameFinder (whose token-level matches would need
 * mapping back to characters). Earlier patterns win where matches overlap.
 */
public final class ValueFinder {
  private ValueFinder() {}

  /** A match: character offsets into the searched text. */
  public record Match(int start, int end, EntityType type) {}

  private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String SCALE = "(?:\\s?(?:bn|m|k|tn|billion|million|thousand|trillion)\\b)?";
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September"
      + "|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?"
      + "|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:1[89]|20)\\d{2}";

  private static final Pattern MONEY = Pattern.compile(
      "(?:US\\$|A\\$|C\\$|HK\\$|[$£€¥₹]|\\b(?:USD|EUR|GBP|JPY|CHF)\\s?)(?:" + NUMBER + ")" + SCALE
          + "|\\b(?:" + NUMBER + ")" + SCALE + "\\s?(?:dollars|euros|pounds|pence|yen|yuan|rupees|francs|roubles|rubles)\\b");
  private static final Pattern PERCENT = Pattern.compile(
      "\\b(?:" + NUMBER + ")\\s?(?:%|per\\s?cent\\b|percent\\b|percentage points?\\b)");
  /** The date alternatives that need no digit: month and day names standing alone. */
  private static final String NAMED_DAY_OR_MONTH =
      "\\b(?:January|February|April|June|July|August|September|October|November|December)\\b"
          + "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";
  private static final Pattern DATE = Pattern.compile(
      "\\b\\d{4}-\\d{2}-\\d{2}\\b"
          + "|\\b" + DAY + "\\s" + MONTH + "(?:,?\\s" + YEAR + ")?\\b"
          + "|\\b" + MONTH + "\\s" + DAY + "(?:,?\\s" + YEAR + ")?\\b"
          + "|\\b" + MONTH + "\\s" + YEAR + "\\b"
          + "|" + NAMED_DAY_OR_MONTH
          + "|\\b(?:in|since|by|until|before|after|from|of|during)\\s" + YEAR + "\\b");
  private static final Pattern DATE_WITHOUT_DIGITS = Pattern.compile(NAMED_DAY_OR_MONTH);

  /** Whether the whole text is one date ("Jan. 12", "June 5th"). */
  static boolean isDate(String text) {
    List<Match> found = find(text);
    return found.size() == 1 && found.get(0).type() == EntityType.DATE && found.get(0).start() == 0
        && found.get(0).end() == text.length();
  }

  public static List<Match> find(String text) {
    List<Match> out = new ArrayList<>();
    // Every money, percentage and date pattern but the named days and months needs a digit; most
    // sentences have none, and trying the long patterns at each of their characters cost 6% of
    // the NER stage (JFR). Without a digit only those two alternatives can match, as they would.
    if (!hasDigit(text)) {
      add(out, DATE_WITHOUT_DIGITS.matcher(text), EntityType.DATE);
      return out;
    }
    add(out, MONEY.matcher(text), EntityType.MONEY);
    add(out, PERCENT.matcher(text), EntityType.PERCENT);
    add(out, DATE.matcher(text), EntityType.DATE);
    out.sort(java.util.Comparator.comparingInt(Match::start));
    return out;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Match> out, Matcher m, EntityType type) {
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (type == EntityType.DATE && Character.isLowerCase(text(m).charAt(0))) {
        start = m.start() + text(m).indexOf(' ') + 1; // "in 2014" -> "2014"
      }
      if (!overlaps(out, start, end)) {
        out.add(new Match(start, end, type));
      }
    }
  }

  private static String text(Matcher m) {
    return m.group();
  }

  static boolean overlaps(List<Match> existing, int start, int end) {
    for (Match e : existing) {
      if (start < e.end() && e.start() < end) {
        return true;
      }
    }
    return false;
  }
}
