package org.newsgraph.nlp;

import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Runs a name finder over gold samples the way the job does: the gold tokens prepared as the job
 * prepares its own ({@link NerTokens#modelTokens}), adaptive data cleared per document,
 * spans corrected by {@link NameSpans}.
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  public static NerScorer evaluate(TokenNameFinderModel model, List<NameSample> gold) {
    NameFinderME finder = new NameFinderME(model);
    NerScorer scorer = new NerScorer();
    for (NameSample sample : gold) {
      if (sample.isClearAdaptiveDataSet()) {
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
      Span[] predicted = NameSpans.withInitials(tokens, finder.find(tokens));
      scorer.add(expected, predicted);
    }
    return scorer;
  }
}
