package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerScorerTest {
  @Test
  void exactSpanAndTypeMatchingWorkedByHand() {
    NerScorer s = new NerScorer();
    // Gold: [0,2) PERSON, [3,4) LOCATION. Predicted: [0,2) PERSON right; [3,4) ORGANIZATION wrong type;
    // [5,6) LOCATION spurious.
    s.add(new Span[] {new Span(0, 2, "PERSON"), new Span(3, 4, "LOCATION")},
        new Span[] {new Span(0, 2, "PERSON"), new Span(3, 4, "ORGANIZATION"), new Span(5, 6, "LOCATION")});
    // Gold [1,3) PERSON; predicted [1,2) PERSON: a boundary error is both a false positive and a false negative.
    s.add(new Span[] {new Span(1, 3, "PERSON")}, new Span[] {new Span(1, 2, "PERSON")});
    assertEquals(1, s.overall().truePositives);
    assertEquals(3, s.overall().falsePositives);
    assertEquals(2, s.overall().falseNegatives);
    assertEquals(0.25, s.overall().precision(), 1e-12);
    assertEquals(1.0 / 3, s.overall().recall(), 1e-12);
    assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), s.overall().f1(), 1e-12);
    NerScorer.Counts person = s.byType().get("PERSON");
    assertEquals(0.5, person.precision(), 1e-12);
    assertEquals(0.5, person.recall(), 1e-12);
    assertEquals(0.0, s.byType().get("ORGANIZATION").f1(), 1e-12);
  }

  @Test
  void emptyInputScoresZeroWithoutDividingByZero() {
    NerScorer s = new NerScorer();
    assertEquals(0.0, s.overall().f1());
  }

  @Test
  void conllIob1AndIob2Decode() {
    assertEquals(List.of(new Span(0, 2, "PERSON"), new Span(2, 3, "PERSON"), new Span(4, 5, "LOCATION")),
        ConllReader.decode(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC")));
    assertEquals(List.of(new Span(0, 1, "ORGANIZATION"), new Span(1, 2, "MISC")),
        ConllReader.decode(List.of("B-ORG", "I-MISC")));
  }

  @Test
  void bioesAndBilouDecodeAsOneSpanPerEntity() {
    // Before, E- and S- were read as B-: "B-PER E-PER" made two one-word persons.
    List<Span> expected = List.of(new Span(0, 2, "PERSON"), new Span(3, 4, "LOCATION"), new Span(4, 5, "LOCATION"),
        new Span(5, 8, "ORGANIZATION"));
    assertEquals(expected, ConllReader.decode(List.of("B-PER", "E-PER", "O", "S-LOC", "S-LOC", "B-ORG", "I-ORG", "E-ORG")));
    assertEquals(expected, ConllReader.decode(List.of("B-PER", "L-PER", "O", "U-LOC", "U-LOC", "B-ORG", "I-ORG", "L-ORG")));
    assertEquals(List.of(new Span(0, 1, "PERSON"), new Span(1, 2, "PERSON")), ConllReader.decode(List.of("E-PER", "I-PER")),
        "an entity that ended does not continue");
  }

  @Test
  void spelledOutTypesMapToOursAndOtherTypesAreKept() {
    assertEquals(List.of(new Span(0, 2, "PERSON"), new Span(3, 4, "LOCATION"), new Span(4, 5, "ORGANIZATION"),
            new Span(5, 6, "DATE")),
        ConllReader.decode(List.of("B-PERSON", "I-PERSON", "O", "B-GPE", "B-ORGANIZATION", "B-DATE")));
  }

  @Test
  void aLineWithoutATagSaysWhereAndWhat(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("conll.txt");
    Files.writeString(f, "EU NNP I-NP I-ORG\nrejects VBZ I-VP VBZ\n");
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> ConllReader.read(f));
    assertTrue(e.getMessage().contains(f + ":2: the last column should be a tag"), e.getMessage());
    assertTrue(e.getMessage().contains("got 'VBZ'"), e.getMessage());
  }

  @Test
  void readsDocumentsAndSentences(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("conll.txt");
    Files.writeString(f, "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n"
        + "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBONN NNP I-NP I-LOC\n");
    List<NameSample> samples = ConllReader.read(f);
    assertEquals(3, samples.size());
    assertEquals(true, samples.get(0).isClearAdaptiveDataSet());
    assertEquals(false, samples.get(1).isClearAdaptiveDataSet());
    assertEquals(true, samples.get(2).isClearAdaptiveDataSet());
    assertEquals(new Span(0, 2, "PERSON"), samples.get(1).getNames()[0]);
  }

  @Test
  void readsOpenNlpNameSampleFormat(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("opennlp.txt");
    Files.writeString(f, "<START:person> Joe Biden <END> met <START:location> Kyiv <END> officials .\n"
        + "The <START:organization> Kremlin <END> said nothing .\n\n<START:misc> Russian <END> troops moved .\n");
    List<NameSample> samples = ConllReader.readGold(f);
    assertEquals(3, samples.size());
    assertEquals(List.of(new Span(0, 2, "PERSON"), new Span(3, 4, "LOCATION")), List.of(samples.get(0).getNames()));
    assertEquals(new Span(1, 2, "ORGANIZATION"), samples.get(1).getNames()[0]);
    assertEquals(true, samples.get(2).isClearAdaptiveDataSet());
    assertEquals(false, samples.get(1).isClearAdaptiveDataSet());
    assertEquals("MISC", samples.get(2).getNames()[0].getType());
  }
}
