package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {
  private static NameSample sentence(String text, boolean newDocument, Span... names) {
    return new NameSample(text.split(" "), names, newDocument);
  }

  @Test
  void scoresTheDocumentLevelCorrectionsTheJobMakes() {
    // As in NameSpansTest: the model alone types the second "Kenteris" ORGANIZATION; the job, and so
    // eval-ner, make it the person named in full in the document's last sentence.
    List<NameSample> gold = List.of(
        sentence("Kenteris and Thanou face a hearing .", true, new Span(0, 1, "PERSON"), new Span(2, 3, "PERSON")),
        sentence("The IAAF said Kenteris had been charged .", false, new Span(1, 2, "ORGANIZATION"),
            new Span(3, 4, "PERSON")),
        sentence("Greek sprinter Kostas Kenteris denies it .", false, new Span(0, 1, "MISC"), new Span(2, 4, "PERSON")));
    NerScorer scorer = NerEvaluation.evaluate(Models.get().names, gold);
    NerScorer.Counts person = scorer.byType().get("PERSON");
    assertEquals(2, person.truePositives, "the second Kenteris and Kostas Kenteris");
    assertEquals(2, person.falseNegatives, "the first sentence's two, which the model reads as one organisation");
  }

  @Test
  void valuesAreScoredWhereTheGoldHasThem() {
    List<NameSample> withValues = List.of(
        sentence("Shares rose 12 % to $ 1.8 billion on 7 December 2021 .", true,
            new Span(2, 4, "PERCENT"), new Span(5, 8, "MONEY"), new Span(9, 12, "DATE")),
        sentence("Sales fell on Tuesday .", false));
    NerScorer scorer = NerEvaluation.evaluate(Models.get().names, withValues);
    assertEquals(1, scorer.byType().get("PERCENT").truePositives);
    assertEquals(1, scorer.byType().get("MONEY").truePositives);
    assertEquals(1, scorer.byType().get("DATE").truePositives);
    assertEquals(1, scorer.byType().get("DATE").falsePositives, "Tuesday, a date the gold left untagged");

    List<NameSample> namesOnly = List.of(sentence("Shares rose 12 % on Tuesday .", true));
    assertEquals(0, NerEvaluation.evaluate(Models.get().names, namesOnly).overall().falsePositives,
        "gold without values does not count the job's values against it");
  }

  @Test
  void mucTypeNamesMapToTheJobs() {
    assertEquals("PERCENT", ConllReader.goldType("percentage"));
    assertEquals("DATE", ConllReader.goldType("date"));
    assertEquals("LOCATION", ConllReader.goldType("gpe"));
  }
}
