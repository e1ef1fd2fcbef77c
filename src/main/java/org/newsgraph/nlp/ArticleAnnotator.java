package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and mentions for one article at a time. Holds OpenNLP's stateful *ME
 * objects, so one instance serves one thread (a Spark task makes its own per partition); the
 * models underneath are shared through {@link Models}.
 */
public final class ArticleAnnotator {
  /** What the NLP stage learns about one article. */
  public record Annotation(int sentences, int tokens, List<RawMention> mentions) {}

  /** A dateline opens one of the first paragraphs: the title's, a byline's or the story's. */
  static final int DATELINE_PARAGRAPHS = 4;

  /** Longest token run given to the name finder at once. */
  static final int MAX_TOKENS_PER_PASS = 400;

  private final SentenceDetectorME sentenceDetector;
  private final TokenizerME tokenizer;
  private final NameFinderME nameFinder;

  public ArticleAnnotator(Models models) {
    this.sentenceDetector = new SentenceDetectorME(models.sentences);
    this.tokenizer = new LettersAndDigitsKeptWhole(models.tokens);
    this.nameFinder = new NameFinderME(models.names);
  }

  /**
   * The UD tokenizer model ships with OpenNLP's "alphanumeric optimisation" off, so it weighs a
   * split at every character of every word: a fifth of the NER stage's time. On, a word of ASCII
   * letters and digits only is one token without asking the model, as CoNLL-2003, which the name
   * finder learned from, writes such words ("10am", "PayPerAction"; UD splits both). docs/ner.md
   * has the measurements.
   */
  private static final class LettersAndDigitsKeptWhole extends TokenizerME {
    LettersAndDigitsKeptWhole(opennlp.tools.tokenize.TokenizerModel model) {
      super(model);
    }

    @Override
    public boolean useAlphaNumericOptimization() {
      return true;
    }

    /**
     * A run of more than {@link #MAX_WORD_CHARS} characters without a space (a pasted blob, a data
     * address) stays one token: the model weighs a split at each of its characters, about 0.17 ms a
     * character here, so a blob of 200,000 took 35 s. Sentences without one go to the model whole.
     */
    @Override
    public Span[] tokenizePos(String text) {
      if (longestWord(text) <= MAX_WORD_CHARS) {
        return super.tokenizePos(text);
      }
      // The model cuts each whitespace-separated word on its own, so the words can go one by one.
      List<Span> out = new ArrayList<>();
      for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
        if (word.length() > MAX_WORD_CHARS) {
          out.add(word);
        } else {
          for (Span t : super.tokenizePos(word.getCoveredText(text).toString())) {
            out.add(new Span(word.getStart() + t.getStart(), word.getStart() + t.getEnd()));
          }
        }
      }
      return out.toArray(new Span[0]);
    }

    private static int longestWord(String text) {
      int longest = 0;
      int run = 0;
      for (int i = 0; i < text.length(); i++) {
        run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
        longest = Math.max(longest, run);
      }
      return longest;
    }
  }

  /** Longer than any word or web address a name finder could use. */
  static final int MAX_WORD_CHARS = 200;

  public Annotation annotate(String written) {
    // The models read plain quotes; mentions keep the text as written (same length, same offsets).
    String text = NerTokens.asciiQuotes(written);
    List<RawMention> mentions = new ArrayList<>();
    // The name finder's mentions, and their places in `mentions`, for the document-level corrections.
    NameSpans.Document document = new NameSpans.Document();
    List<Integer> nameAt = new ArrayList<>();
    int sentenceIndex = 0;
    int tokenCount = 0;
    List<Datelines.Dateline> datelines = new ArrayList<>(1);
    List<Span> paragraphs = paragraphs(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      String para = paragraph.getCoveredText(text).toString();
      Datelines.Dateline dateline = p < DATELINE_PARAGRAPHS ? Datelines.find(para, paragraph.getStart(), sentenceIndex) : null;
      if (dateline != null) {
        datelines.add(dateline);
      }
      for (Span sentence : SentenceSplits.join(sentenceDetector.sentPosDetect(para), para)) {
        int sentenceStart = paragraph.getStart() + sentence.getStart();
        String sentenceText = sentence.getCoveredText(para).toString();
        Span[] tokenSpans = NerTokens.split(tokenizer.tokenizePos(sentenceText), sentenceText);
        tokenCount += tokenSpans.length;
        String[] tokens = NerTokens.forModel(Span.spansToStrings(tokenSpans, sentenceText));
        List<ValueFinder.Match> taken = new ArrayList<>();
        // A "sentence" of thousands of tokens (a table, a list, junk) is tagged in windows.
        for (int from = 0; from < tokens.length; from += MAX_TOKENS_PER_PASS) {
          int to = Math.min(tokens.length, from + MAX_TOKENS_PER_PASS);
          boolean whole = from == 0 && to == tokens.length;
          String[] window = whole ? tokens : java.util.Arrays.copyOfRange(tokens, from, to);
          Span[] names = NameSpans.withHyphenatedGivenNames(window,
              whole ? tokenSpans : java.util.Arrays.copyOfRange(tokenSpans, from, to),
              NameSpans.inSentence(window, nameFinder.find(window)));
          double[] probs = nameFinder.probs(names); // per span: the mean of its tokens' outcome probabilities
          document.add(window, names);
          for (int i = 0; i < names.length; i++) {
            int start = tokenSpans[from + names[i].getStart()].getStart();
            int end = tokenSpans[from + names[i].getEnd() - 1].getEnd();
            EntityType type = EntityType.valueOf(names[i].getType().toUpperCase(Locale.ROOT));
            taken.add(new ValueFinder.Match(start, end, type));
            nameAt.add(mentions.size());
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
    retype(mentions, nameAt, document.correctedTypes());
    for (Datelines.Dateline d : datelines) {
      Datelines.apply(d, mentions, written);
    }
    mentions.sort(java.util.Comparator.comparingInt(RawMention::start));
    return new Annotation(sentenceIndex, tokenCount, mentions);
  }

  /** Gives the name finder's mentions (at {@code nameAt} in {@code mentions}) their corrected types. */
  private static void retype(List<RawMention> mentions, List<Integer> nameAt, String[] types) {
    for (int i = 0; i < types.length; i++) {
      RawMention m = mentions.get(nameAt.get(i));
      if (!m.type().name().equals(types[i])) {
        mentions.set(nameAt.get(i), new RawMention(m.sentenceIndex(), m.start(), m.end(), m.text(),
            EntityType.valueOf(types[i]), m.probability()));
      }
    }
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
