package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Mends the sentence model's splits after abbreviations. OpenNLP's UD English sentence model has
 * no abbreviation list and ends a sentence after nearly every word with a full stop that it did
 * not see often in training: "Sen. | Maria Delgado said", "St. | Louis", "on Jan. | 5, 2024",
 * "Martin Luther King Jr. | led the march". American wire copy writes titles, states, months and
 * company endings that way, so the name finder saw the title and the name in different sentences
 * and tagged the title alone ("Rep", MISC). A split is undone when the next sentence cannot start
 * one: it begins with a lower-case letter or with punctuation that continues a sentence; or the
 * sentence before ends with a title that goes before a name; or with a month or "No." and the next
 * begins with a digit; or with a middle initial after a name ("Robert F. | Kennedy Jr. said").
 * "Apple Inc. | The company said" stays two sentences.
 */
public final class SentenceSplits {
  /**
   * Abbreviated titles written before a name, without the full stop. Matched as written: "MS." is
   * multiple sclerosis at the end of a sentence, not "Ms.".
   */
  private static final Set<String> TITLES = Set.of(
      "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
      "Lt", "Sgt", "Gen", "Col", "Capt", "Maj", "Adm", "Cmdr", "Cdr", "Cpl", "Pvt", "Brig", "Supt",
      "Det", "Insp", "Rev", "Msgr", "Fr", "Hon", "Pres", "Atty", "St", "Ste", "vs");
  /** Abbreviations followed by a number ("Jan. 5", "No. 1"). */
  private static final Set<String> BEFORE_NUMBERS = Set.of(
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      "No", "Nos", "Vol", "Art", "Sec", "p", "pp", "Fig");
  /**
   * A capitalised word and then one capital letter with a full stop: a first name and a middle
   * initial ("Robert F.", "George W.", "J. R."). Not I, V or X, which end names and wars as Roman
   * numerals or as themselves ("World War I.", "Malcolm X." on the BBC corpus). "Plan B. The" is
   * joined too, a rarer loss than a name cut in two. Two initials written together count as one
   * ("George H.W. Bush"), but not the places that are written so ("Washington D.C.", "the U.S.").
   */
  private static final Pattern NAME_AND_INITIAL = Pattern.compile(
      "(?:^|\\s)\\p{Lu}[\\p{L}.'-]*\\s+(?:[\\p{Lu}&&[^IVX]]|\\p{Lu}\\.\\p{Lu})\\.$");
  private static final Set<String> PLACE_INITIALS = Set.of("U.S", "U.K", "D.C", "U.N", "E.U", "L.A", "N.Y");

  /** Other abbreviations that keep their full stop as a CoNLL token does ("Co.", "Jr."). */
  private static final Set<String> OTHERS = Set.of("Co", "Corp", "Inc", "Ltd", "Bros", "Jr", "Sr");

  private SentenceSplits() {}

  /** The sentences with false splits joined; spans are in {@code text}'s coordinates. */
  public static Span[] join(Span[] sentences, CharSequence text) {
    if (sentences.length < 2) {
      return sentences;
    }
    List<Span> out = new ArrayList<>(sentences.length);
    Span current = sentences[0];
    for (int i = 1; i < sentences.length; i++) {
      Span next = sentences[i];
      if (falseSplit(text, current, next)) {
        current = new Span(current.getStart(), next.getEnd());
      } else {
        out.add(current);
        current = next;
      }
    }
    out.add(current);
    return out.size() == sentences.length ? sentences : out.toArray(new Span[0]);
  }

  private static boolean falseSplit(CharSequence text, Span before, Span next) {
    char first = text.charAt(next.getStart());
    if (Character.isLowerCase(first) || ",;:)]".indexOf(first) >= 0) {
      return true;
    }
    String last = lastWord(text, before);
    if (!last.endsWith(".")) {
      return false;
    }
    String abbreviation = last.substring(0, last.length() - 1);
    return TITLES.contains(abbreviation) || (Character.isDigit(first) && BEFORE_NUMBERS.contains(abbreviation))
        || (Character.isUpperCase(first) && (abbreviation.length() == 1 || (abbreviation.length() == 3
            && !PLACE_INITIALS.contains(abbreviation))) && endsWithNameAndInitial(text, before));
  }

  private static boolean endsWithNameAndInitial(CharSequence text, Span sentence) {
    int end = sentence.getEnd();
    int from = Math.max(sentence.getStart(), end - 40);
    return NAME_AND_INITIAL.matcher(text.subSequence(from, end)).find();
  }

  /**
   * Whether a word written with a full stop after it is one of the abbreviations above, which
   * CoNLL-2003 writes as one token with the full stop ("Gen.", "Corp.", "Jan.") and the UD tokenizer
   * often splits ("Gen" "."); {@link NerTokens#split} joins them again.
   */
  static boolean isAbbreviation(CharSequence word) {
    if (word.length() < 2 || word.length() > 6) {
      return false;
    }
    String w = word.toString();
    return TITLES.contains(w) || BEFORE_NUMBERS.contains(w) || OTHERS.contains(w); // "p" is too short above
  }

  /** The sentence's last word, without the brackets or quotes before it ("(Sen." is "Sen."). */
  private static String lastWord(CharSequence text, Span sentence) {
    int end = sentence.getEnd();
    int start = end;
    while (start > sentence.getStart() && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    while (start < end && "([\"'—–-".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    return text.subSequence(start, end).toString();
  }
}
