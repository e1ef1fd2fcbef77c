package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
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
      document.add(tokens, expected, NameSpans.inSentence(tokens, finder.find(tokens)));
    }
    document.score(scorer);
    return scorer;
  }

  /** One document's sentences, held until its end for the document-level corrections. */
  private static final class Document {
    final List<Span[]> expected = new ArrayList<>();
    final List<Span[]> predicted = new ArrayList<>();
    NameSpans.Document names = new NameSpans.Document();

    void add(String[] sentence, Span[] gold, Span[] found) {
      expected.add(gold);
      predicted.add(found);
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
        scorer.add(expected.get(s), found);
      }
      expected.clear();
      predicted.clear();
      names = new NameSpans.Document();
    }
  }
}
