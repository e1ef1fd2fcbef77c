package org.newsgraph.nlp;

import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Runs a name finder over gold samples the way the job does: adaptive data cleared per document, spans corrected by {@link NameSpans}. */
public final class NerEvaluation {
  private NerEvaluation() {}

  public static NerScorer evaluate(TokenNameFinderModel model, List<NameSample> gold) {
    NameFinderME finder = new NameFinderME(model);
    NerScorer scorer = new NerScorer();
    for (NameSample sample : gold) {
      if (sample.isClearAdaptiveDataSet()) {
        finder.clearAdaptiveData();
      }
      Span[] predicted = NameSpans.withInitials(sample.getSentence(), finder.find(sample.getSentence()));
      scorer.add(sample.getNames(), predicted);
    }
    return scorer;
  }
}
