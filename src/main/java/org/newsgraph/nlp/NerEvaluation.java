package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Runs a name finder over gold samples the way the job does: the gold tokens prepared as the job
 * prepares its own ({@link NerTokens#modelTokens}), adaptive data cleared per document,
 * spans corrected by {@link NameSpans}, per sentence and per document.
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  public static NerScorer evaluate(TokenNameFinderModel model, List<NameSample> gold) {
    Set<String> valueTypes = valueTypesIn(gold);
    NameFinderME finder = new NameFinderME(model);
    NerScorer scorer = new NerScorer();
    Document document = new Document();
    for (NameSample sample : gold) {
      if (sample.isClearAdaptiveDataSet()) {
        document.score(scorer);
        finder.clearAdaptiveData();
      }
      // The tokens the job would make of the gold ones (NerTokens); gold spans follow the splits.
      String[] given = sample.getSentence();
      int[] firstOf = new int[given.length + 1];
      String[] tokens = NerTokens.modelTokens(given, firstOf);
      Span[] names = sample.getNames();
      Span[] expected = new Span[names.length];
      for (int i = 0; i < names.length; i++) {
        expected[i] = new Span(firstOf[names[i].getStart()], firstOf[names[i].getEnd()], names[i].getType());
      }
      Span[] found = NameSpans.inSentence(tokens, finder.find(tokens));
      document.add(tokens, expected, found, values(tokens, found, valueTypes));
    }
    document.score(scorer);
    return scorer;
  }

  /**
   * The value types ({@link ValueFinder}: DATE, MONEY, PERCENT) the gold data annotates. The job
   * finds them by pattern beside the model's names; they are scored where the gold has them, and
   * not counted against the job where it does not (CoNLL-2003 has none).
   */
  static Set<String> valueTypesIn(List<NameSample> gold) {
    Set<String> values = new HashSet<>();
    for (EntityType t : EntityType.values()) {
      if (!t.isNamed()) {
        values.add(t.name());
      }
    }
    Set<String> out = new HashSet<>();
    for (NameSample sample : gold) {
      for (Span name : sample.getNames()) {
        if (values.contains(name.getType())) {
          out.add(name.getType());
        }
      }
    }
    return out;
  }

  /** Currency signs written before the amount without a space: "$" "1.8" is matched as "$1.8". */
  private static final Set<String> BEFORE_AMOUNTS = Set.of("$", "US$", "A$", "C$", "HK$", "£", "€", "¥", "₹");

  /**
   * The values the job would find in this sentence, of the given types, as token spans: the
   * patterns run over the tokens joined by spaces (none after a currency sign or before "%"), a
   * match is kept where it begins and ends at token edges and does not overlap a name, as in the job.
   */
  static List<Span> values(String[] tokens, Span[] names, Set<String> types) {
    if (types.isEmpty()) {
      return List.of();
    }
    StringBuilder text = new StringBuilder();
    int[] starts = new int[tokens.length];
    int[] ends = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0 && !BEFORE_AMOUNTS.contains(tokens[i - 1]) && !tokens[i].equals("%")) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(tokens[i]);
      ends[i] = text.length();
    }
    List<Span> out = new ArrayList<>();
    for (ValueFinder.Match m : ValueFinder.find(text.toString())) {
      int first = java.util.Arrays.binarySearch(starts, m.start());
      int last = java.util.Arrays.binarySearch(ends, m.end());
      if (!types.contains(m.type().name()) || first < 0 || last < first) {
        continue;
      }
      Span value = new Span(first, last + 1, m.type().name());
      boolean overlapsName = false;
      for (Span n : names) {
        overlapsName |= n.intersects(value);
      }
      if (!overlapsName) {
        out.add(value);
      }
    }
    return out;
  }

  /** One document's sentences, held until its end for the document-level corrections. */
  private static final class Document {
    final List<Span[]> expected = new ArrayList<>();
    final List<Span[]> predicted = new ArrayList<>();
    final List<List<Span>> values = new ArrayList<>();
    NameSpans.Document names = new NameSpans.Document();

    void add(String[] sentence, Span[] gold, Span[] found, List<Span> valuesFound) {
      expected.add(gold);
      predicted.add(found);
      values.add(valuesFound);
      names.add(sentence, found);
    }

    void score(NerScorer scorer) {
      String[] types = names.correctedTypes();
      int next = 0;
      for (int s = 0; s < predicted.size(); s++) {
        Span[] found = predicted.get(s).clone();
        for (int i = 0; i < found.length; i++) {
          found[i] = new Span(found[i].getStart(), found[i].getEnd(), types[next++], found[i].getProb());
        }
        List<Span> all = new ArrayList<>(List.of(found));
        all.addAll(values.get(s));
        scorer.add(expected.get(s), all.toArray(new Span[0]));
      }
      expected.clear();
      predicted.clear();
      values.clear();
      names = new NameSpans.Document();
    }
  }
}
