package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and mentions for one article at a time. Holds OpenNLP's stateful *ME
 * objects, so one instance serves one thread (a Spark task makes its own per partition); the
 * models underneath are shared through {@link Models}.
 */
public final class ArticleAnnotator {
  /** What the NLP stage learns about one article. */
  public record Annotation(int sentences, int tokens, List<RawMention> mentions) {}

  /** Longest token run given to the name finder at once. */
  static final int MAX_TOKENS_PER_PASS = 400;

  private final SentenceDetectorME sentenceDetector;
  private final TokenizerME tokenizer;
  private final NameFinderME nameFinder;

  public ArticleAnnotator(Models models) {
    this.sentenceDetector = new SentenceDetectorME(models.sentences);
    this.tokenizer = new TokenizerME(models.tokens);
    this.nameFinder = new NameFinderME(models.names);
  }

  public Annotation annotate(String written) {
    // The models read plain quotes; mentions keep the text as written (same length, same offsets).
    String text = asciiQuotes(written);
    List<RawMention> mentions = new ArrayList<>();
    int sentenceIndex = 0;
    int tokenCount = 0;
    for (Span paragraph : paragraphs(text)) {
      String para = paragraph.getCoveredText(text).toString();
      for (Span sentence : sentenceDetector.sentPosDetect(para)) {
        int sentenceStart = paragraph.getStart() + sentence.getStart();
        String sentenceText = sentence.getCoveredText(para).toString();
        Span[] tokenSpans = splitClitics(tokenizer.tokenizePos(sentenceText), sentenceText);
        tokenCount += tokenSpans.length;
        String[] tokens = Span.spansToStrings(tokenSpans, sentenceText);
        List<ValueFinder.Match> taken = new ArrayList<>();
        // A "sentence" of thousands of tokens (a table, a list, junk) is tagged in windows.
        for (int from = 0; from < tokens.length; from += MAX_TOKENS_PER_PASS) {
          int to = Math.min(tokens.length, from + MAX_TOKENS_PER_PASS);
          String[] window = from == 0 && to == tokens.length ? tokens : java.util.Arrays.copyOfRange(tokens, from, to);
          Span[] names = NameSpans.withInitials(window, nameFinder.find(window));
          double[] probs = nameFinder.probs(names); // per span: the mean of its tokens' outcome probabilities
          for (int i = 0; i < names.length; i++) {
            int start = tokenSpans[from + names[i].getStart()].getStart();
            int end = tokenSpans[from + names[i].getEnd() - 1].getEnd();
            EntityType type = EntityType.valueOf(names[i].getType().toUpperCase(Locale.ROOT));
            taken.add(new ValueFinder.Match(start, end, type));
            mentions.add(new RawMention(sentenceIndex, sentenceStart + start, sentenceStart + end,
                written.substring(sentenceStart + start, sentenceStart + end), type, probs[i]));
          }
        }
        for (ValueFinder.Match v : ValueFinder.find(sentenceText)) {
          if (!ValueFinder.overlaps(taken, v.start(), v.end())) {
            mentions.add(new RawMention(sentenceIndex, sentenceStart + v.start(), sentenceStart + v.end(),
                written.substring(sentenceStart + v.start(), sentenceStart + v.end()), v.type(), 1.0));
          }
        }
        sentenceIndex++;
      }
    }
    // Adaptive features carry over between sentences of one article, never across articles.
    nameFinder.clearAdaptiveData();
    mentions.sort(java.util.Comparator.comparingInt(RawMention::start));
    return new Annotation(sentenceIndex, tokenCount, mentions);
  }

  /** Endings split off a word as tokens of their own, longest first; each needs a letter or digit before it. */
  private static final String[] CLITICS = {"n't", "'re", "'ve", "'ll", "'s", "'d", "'m"};

  /**
   * Splits "Blair's" into "Blair" and "'s" (and "isn't" into "is" and "n't", "players'" into
   * "players" and "'"), as CoNLL-2003, which the NER model learned from, writes them. The
   * tokenizer model keeps them whole, and the name finder, which never saw "Blair's", typed such
   * words at random (MISC for "Britain's" in 44 of 44 on the BBC corpus). A curly apostrophe
   * counts as one.
   */
  static Span[] splitClitics(Span[] tokens, CharSequence text) {
    List<Span> out = null;
    for (int t = 0; t < tokens.length; t++) {
      int cut = cliticStart(text, tokens[t].getStart(), tokens[t].getEnd());
      if (cut < 0 && out == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.length + 4);
        out.addAll(java.util.Arrays.asList(tokens).subList(0, t));
      }
      if (cut < 0) {
        out.add(tokens[t]);
      } else {
        out.add(new Span(tokens[t].getStart(), cut));
        out.add(new Span(cut, tokens[t].getEnd()));
      }
    }
    return out == null ? tokens : out.toArray(new Span[0]);
  }

  /**
   * Gold tokens as the job would give them to the name finder: quotes made plain and clitics split
   * off ({@link #asciiQuotes}, {@link #splitClitics}), for {@code eval-ner}.
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
    Span[] split = splitClitics(spans, text);
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
    return out;
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
  static String asciiQuotes(String text) {
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

  /** Splits on blank lines: a headline-like paragraph without a full stop is its own sentence. */
  static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      int end = text.indexOf("\n\n", start);
      if (end < 0) {
        end = n;
      }
      int trimmed = end;
      while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
        trimmed--;
      }
      if (trimmed > start) {
        out.add(new Span(start, trimmed));
      }
      i = end;
    }
    return out;
  }
}
