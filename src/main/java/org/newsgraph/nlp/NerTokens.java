package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * The tokens the name finder reads, made from the tokenizer's (the job) or a gold file's
 * ({@code eval-ner}) alike: clitics, dashes and stuck quotes split off, quotes plain, "US" as
 * "U.S.". The model learned from CoNLL-2003's Reuters text of 1996; these are the ways today's
 * news writes the same words otherwise. Only what the model reads changes: offsets and mentions
 * keep the text as written.
 */
public final class NerTokens {
  private NerTokens() {}

  /** Endings split off a word as tokens of their own, longest first; each needs a letter or digit before it. */
  private static final String[] CLITICS = {"n't", "'re", "'ve", "'ll", "'s", "'d", "'m"};

  /**
   * Splits what the tokenizer left joined and CoNLL-2003, which the NER model learned from,
   * writes apart: a clitic ending ("Blair's" as "Blair" and "'s", "isn't" as "is" and "n't",
   * "players'" as "players" and "'"), dashes between words without spaces ("Biden—who",
   * "Biden--who"), and a quote stuck to a word (":\"Moscow"). The name finder, which never saw
   * "Blair's", typed such words at random ("Britain's" on the BBC corpus: MISC 44 times of 64,
   * LOCATION 3), and read "Biden—who" as one name. Also the sentence's last full stop
   * ({@link #finalStopApart}); {@code eval-ner}'s gold tokens have it apart already. Expects plain
   * quotes ({@link #asciiQuotes}).
   */
  public static Span[] split(Span[] tokens, CharSequence text) {
    List<Span> out = null;
    List<Span> pieces = new ArrayList<>(4);
    for (int t = 0; t < tokens.length; t++) {
      pieces.clear();
      pieces(text, tokens[t].getStart(), tokens[t].getEnd(), pieces);
      boolean whole = pieces.size() == 1;
      if (whole && out == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.length + 4);
        out.addAll(java.util.Arrays.asList(tokens).subList(0, t));
      }
      if (whole) {
        out.add(tokens[t]);
      } else {
        out.addAll(pieces);
      }
    }
    return finalStopApart(hyphenatedWhole(abbreviationsWhole(out == null ? tokens : out.toArray(new Span[0]), text), text), text);
  }

  /**
   * The sentence's full stop apart from its last word: the UD tokenizer keeps some words it reads
   * as abbreviations whole ("She flew to Kyiv." ends in "Kyiv.", as "Kharkiv." does, after Roman
   * numerals such as "iv."), and the name finder, which never saw "Kyiv.", typed it PERSON. Not a
   * word with a full stop inside ("U.S.", "a.m."), which CoNLL-2003 writes whole.
   */
  private static Span[] finalStopApart(Span[] tokens, CharSequence text) {
    if (tokens.length == 0) {
      return tokens;
    }
    Span last = tokens[tokens.length - 1];
    int stop = last.getEnd() - 1;
    if (last.length() < 3 || text.charAt(stop) != '.' || !Character.isLetter(text.charAt(stop - 1))
        || text.subSequence(last.getStart(), stop).toString().indexOf('.') >= 0) {
      return tokens;
    }
    Span[] out = Arrays.copyOf(tokens, tokens.length + 1);
    out[tokens.length - 1] = new Span(last.getStart(), stop);
    out[tokens.length] = new Span(stop, last.getEnd());
    return out;
  }

  /**
   * Words of letters or digits joined by single hyphens, each beginning with a capital or a digit:
   * a name ("Jean-Pierre", "Wal-Mart", "Bosnia-Herzegovina") or a score ("2-1"); the first may be
   * an Arabic article or patronymic ("al-Qaeda", "bin-Laden"), and a place's name may have small
   * words between its capitalised parts ("Stoke-on-Trent", "Aix-en-Provence", "Chester-le-Street").
   * "pro-Chavez" and "ex-Milan" stay cut, so that the name in them is found.
   */
  private static final Pattern HYPHENATED_NAME = Pattern.compile(
      "(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*|al|el|bin|ibn|abu)"
          + "(?:(?:-(?:on|upon|under|by|in|am|an|im|en|sur|sous|le|la|les|lès|de|du|des|di|del|da))*-[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*)+");

  /** The most tokens a hyphenated name is joined from ("Roc" "-" "A" "-" "Fella" is five). */
  private static final int MAX_HYPHENATED_TOKENS = 8;

  /**
   * "Jean" "-" "Pierre" back to "Jean-Pierre", as CoNLL-2003 writes a hyphenated name: the UD
   * tokenizer cuts many apart, and unevenly ("Rolls" "-" "Royce", "Coca" "-Cola", "Saint-"
   * "Etienne", while "Mercedes-Benz" stays whole), and the model, which saw such words whole, then
   * found "Kilroy" and "Silk" as two names. Only tokens written together, without a space, and
   * only where every part begins with a capital or a digit: CoNLL writes
   * "London-based" whole too, as MISC, but "London", a place, is what a reader of the entity tables
   * wants, so such words stay cut, and a hyphen the tokenizer left on a part ("UK-" "based", which
   * the model tagged MISC as "UK-") becomes a token of its own, as in "London" "-" "based".
   */
  private static Span[] hyphenatedWhole(Span[] tokens, CharSequence text) {
    List<Span> out = null;
    for (int t = 0; t < tokens.length; t++) {
      int last = t;
      // A name has a few parts; the bound keeps a long run of tokens without spaces (a pasted blob) linear.
      for (int k = t + 1; k < tokens.length && k <= t + MAX_HYPHENATED_TOKENS
          && tokens[k].getStart() == tokens[k - 1].getEnd(); k++) {
        if (HYPHENATED_NAME.matcher(text.subSequence(tokens[t].getStart(), tokens[k].getEnd())).matches()) {
          last = k;
        }
      }
      Span hyphen = last == t ? hyphenAtAJoint(tokens, t, text) : null;
      if ((last > t || hyphen != null) && out == null) {
        out = new ArrayList<>(java.util.Arrays.asList(tokens).subList(0, t));
      }
      if (last > t) {
        out.add(new Span(tokens[t].getStart(), tokens[last].getEnd()));
        t = last;
      } else if (hyphen != null) {
        boolean first = hyphen.getStart() == tokens[t].getStart();
        Span word = first ? new Span(hyphen.getEnd(), tokens[t].getEnd()) : new Span(tokens[t].getStart(), hyphen.getStart());
        out.add(first ? hyphen : word);
        out.add(first ? word : hyphen);
      } else if (out != null) {
        out.add(tokens[t]);
      }
    }
    return out == null ? tokens : out.toArray(new Span[0]);
  }

  /**
   * The hyphen at the end of "UK-" when "based" follows without a space, or at the start of
   * "-based" right after "UK"; null for any other token.
   */
  private static Span hyphenAtAJoint(Span[] tokens, int t, CharSequence text) {
    int start = tokens[t].getStart();
    int end = tokens[t].getEnd();
    if (end - start < 2) {
      return null;
    }
    if (text.charAt(end - 1) == '-' && Character.isLetterOrDigit(text.charAt(end - 2))
        && t + 1 < tokens.length && tokens[t + 1].getStart() == end) {
      return new Span(end - 1, end);
    }
    if (text.charAt(start) == '-' && Character.isLetterOrDigit(text.charAt(start + 1))
        && t > 0 && tokens[t - 1].getEnd() == start) {
      return new Span(start, start + 1);
    }
    return null;
  }

  /**
   * "Gen" "." back to "Gen.", as CoNLL-2003 writes abbreviations: the UD tokenizer splits some
   * ("Rep.", "Sen.", "Gen.", "Co.") and keeps others whole ("Lt.", "Gov."), and the name finder,
   * which saw "Gen." but never "Gen" alone, tagged "Rep" MISC before "Rep. Kevin Walsh". The same
   * for an initial before a name ("Robert F. Kennedy": the model ended the name at "F"). Only a
   * full stop written right after the word and not the sentence's last token.
   */
  private static Span[] abbreviationsWhole(Span[] tokens, CharSequence text) {
    List<Span> out = null;
    for (int t = 0; t < tokens.length; t++) {
      boolean join = t + 2 < tokens.length
          && tokens[t + 1].length() == 1 && text.charAt(tokens[t + 1].getStart()) == '.'
          && tokens[t + 1].getStart() == tokens[t].getEnd()
          && (SentenceSplits.isAbbreviation(text.subSequence(tokens[t].getStart(), tokens[t].getEnd()))
              || initialBeforeName(tokens, t, text));
      if (join && out == null) {
        out = new ArrayList<>(java.util.Arrays.asList(tokens).subList(0, t));
      }
      if (join) {
        out.add(new Span(tokens[t].getStart(), tokens[t + 1].getEnd()));
        t++;
      } else if (out != null) {
        out.add(tokens[t]);
      }
    }
    return out == null ? tokens : out.toArray(new Span[0]);
  }

  /**
   * One capital letter, and after its full stop a word with a capital: "F" in "Robert F. Kennedy".
   * Not the Roman numerals I, V and X ({@link SentenceSplits}).
   */
  private static boolean initialBeforeName(Span[] tokens, int t, CharSequence text) {
    char c = text.charAt(tokens[t].getStart());
    return tokens[t].length() == 1 && Character.isUpperCase(c) && "IVX".indexOf(c) < 0
        && Character.isUpperCase(text.charAt(tokens[t + 2].getStart()));
  }

  /** The pieces of the token text[start, end), in order (the token itself when nothing splits). */
  static void pieces(CharSequence text, int start, int end, List<Span> out) {
    int from = start;
    int to = end;
    if (to - from > 1 && text.charAt(from) == '"') {
      out.add(new Span(from, from + 1));
      from++;
    }
    boolean closingQuote = to - from > 1 && text.charAt(to - 1) == '"';
    if (closingQuote) {
      to--;
    }
    int word = from;
    for (int i = from; i < to; ) {
      int dashEnd = dashEnd(text, i, to);
      if (dashEnd > i && (i > from || dashEnd < to)) {
        if (i > word) {
          word(text, word, i, out);
        }
        out.add(new Span(i, dashEnd));
        word = dashEnd;
        i = dashEnd;
      } else {
        i++;
      }
    }
    if (to > word) {
      word(text, word, to, out);
    }
    if (closingQuote) {
      out.add(new Span(to, end));
    }
  }

  /** The end of a dash that starts at i ("—", "―", or two or more hyphens), or i where none does. */
  private static int dashEnd(CharSequence text, int i, int end) {
    char c = text.charAt(i);
    int j = i;
    if (c == '\u2014' || c == '\u2015') {
      while (j < end && (text.charAt(j) == '\u2014' || text.charAt(j) == '\u2015')) {
        j++;
      }
      return j;
    }
    if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
      while (j < end && text.charAt(j) == '-') {
        j++;
      }
      return j;
    }
    return i;
  }

  /** A word piece, with its clitic ending split off. */
  private static void word(CharSequence text, int start, int end, List<Span> out) {
    int cut = cliticStart(text, start, end);
    if (cut < 0) {
      out.add(new Span(start, end));
    } else {
      out.add(new Span(start, cut));
      out.add(new Span(cut, end));
    }
  }

  /**
   * Gold tokens as the job would give them to the name finder: quotes made plain, clitics and
   * dashes split off, CoNLL's spellings ({@link #asciiQuotes}, {@link #split}, {@link #forModel}), for
   * {@code eval-ner}.
   *
   * @param firstOf receives, for each given token and one past the last, the index of its first
   *     token in the result, so that gold spans can follow
   */
  public static String[] modelTokens(String[] tokens, int[] firstOf) {
    StringBuilder text = new StringBuilder();
    Span[] spans = new Span[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      spans[i] = new Span(text.length(), text.length() + tokens[i].length());
      text.append(asciiQuotes(tokens[i])).append(' ');
    }
    Span[] split = split(spans, text);
    String[] out = new String[split.length];
    for (int i = 0, j = 0; i <= tokens.length; i++) {
      while (i < tokens.length && j < split.length && split[j].getStart() < spans[i].getStart()) {
        j++;
      }
      firstOf[i] = i < tokens.length ? j : split.length;
    }
    for (int j = 0; j < split.length; j++) {
      out[j] = split[j].getCoveredText(text).toString();
    }
    return forModel(out);
  }

  /** Where a clitic ending of text[start, end) begins, or -1. */
  static int cliticStart(CharSequence text, int start, int end) {
    for (String clitic : CLITICS) {
      int cut = end - clitic.length();
      if (cut > start && Character.isLetterOrDigit(text.charAt(cut - 1)) && endsWith(text, cut, end, clitic)) {
        return cut;
      }
    }
    // the possessive of a plural or of a name in s: "players'", "Jones'"
    int cut = end - 1;
    if (cut - 1 > start && isApostrophe(text.charAt(cut))
        && Character.toLowerCase(text.charAt(cut - 1)) == 's' && Character.isLetter(text.charAt(cut - 2))) {
      return cut;
    }
    return -1;
  }

  private static boolean endsWith(CharSequence text, int from, int end, String clitic) {
    for (int i = 0; i < clitic.length(); i++) {
      char c = text.charAt(from + i);
      char want = clitic.charAt(i);
      if (want == '\'' ? !isApostrophe(c) : Character.toLowerCase(c) != want) {
        return false;
      }
    }
    return from + clitic.length() == end;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /**
   * The text as the models should read it: typographic quotes and apostrophes as plain ones
   * ("O’Neill’s" as "O'Neill's", "“" as "\""), one character for one, so offsets stay valid. The
   * NER model and its name lists know only CoNLL-2003's plain quotes, and the tokenizer leaves a
   * closing "”" on the word before it ("Blue”" tagged MISC).
   */
  public static String asciiQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (quoteFor(text.charAt(i)) != 0) {
        StringBuilder out = new StringBuilder(text);
        for (int j = i; j < out.length(); j++) {
          char q = quoteFor(out.charAt(j));
          if (q != 0) {
            out.setCharAt(j, q);
          }
        }
        return out.toString();
      }
    }
    return text;
  }

  private static char quoteFor(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
      default -> 0;
    };
  }

  /**
   * The words of a sentence as the model should read them, in CoNLL-2003's spelling: {@code "US"}
   * as {@code "U.S."} (CoNLL writes the country U.S. 309 times and US 6, so the model read BBC's
   * "the US" as an organisation 531 times in 1,264), except in a line of capitals, where "US" may
   * be the pronoun; and a dash of "—" as "--".
   */
  public static String[] forModel(String[] words) {
    String[] out = words;
    for (int i = 0; i < words.length; i++) {
      String spelling = conllSpelling(words, i);
      if (spelling != null) {
        if (out == words) {
          out = words.clone();
        }
        out[i] = spelling;
      }
    }
    return out;
  }

  private static String conllSpelling(String[] words, int i) {
    String word = words[i];
    if (word.equals("US")) {
      return inCapitals(words, i) ? null : "U.S.";
    }
    char c = word.isEmpty() ? ' ' : word.charAt(0);
    return (c == '\u2014' || c == '\u2015') && dashEnd(word, 0, word.length()) == word.length() ? "--" : null;
  }

  /** Whether neither neighbour of word i has a lower-case letter (a headline in capitals, or no neighbours). */
  private static boolean inCapitals(String[] words, int i) {
    return (i == 0 || !hasLowerCase(words[i - 1])) && (i + 1 == words.length || !hasLowerCase(words[i + 1]));
  }

  private static boolean hasLowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
