package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** The GMB reader and the gazetteer made from its tags, on a hand-made corpus in GMB's own format. */
class NameGazetteerTest {
  static final String CSV = "Sentence #,Word,POS,Tag\n"
      + "Sentence: 1,Jordan,NNP,B-per\n,visited,VBD,O\n,Paris,NNP,B-geo\n,\",\",\",\",O\n,on,IN,O\n,Monday,NNP,B-tim\n"
      + "Sentence: 2,Paris,NNP,B-geo\n,paid,VBD,O\n,\"10,000\",CD,O\n,Jordan,NNP,B-geo\n,\"\"\"\",``,O\n,Caf\u00e9,NNP,B-org\n"
      + "Sentence: 3,The,DT,O\n,Jordan,NNP,B-org\n,River,NNP,I-org\n,Authority,NNP,I-org\n,said,VBD,B-org\n"
      + ",said,VBD,O\n,said,VBD,O\n,said,VBD,O\n";

  @Test
  void readsGmbSentencesWithQuotedFieldsAndCp1252() throws Exception {
    List<List<GmbCorpus.Token>> sentences = GmbCorpus.read(zip(CSV));
    assertEquals(3, sentences.size());
    assertEquals(List.of("Jordan", "visited", "Paris", ",", "on", "Monday"),
        sentences.get(0).stream().map(GmbCorpus.Token::word).toList());
    assertEquals(List.of("Paris", "paid", "10,000", "Jordan", "\"", "Caf\u00e9"),
        sentences.get(1).stream().map(GmbCorpus.Token::word).toList(), "quoted commas, doubled quotes, cp1252");
    assertEquals(new GmbCorpus.Token("River", "I-org"), sentences.get(2).get(2));
  }

  @Test
  void classesAreTheKindsOfNameAWordIsIn() throws Exception {
    Map<String, String> classes = NameGazetteer.classes(GmbCorpus.read(zip(CSV)));
    assertEquals("geo", classes.get("Paris"));
    assertEquals("geo+org+per", classes.get("Jordan"), "one of each: every kind has a third");
    assertEquals("org", classes.get("River"), "inside a name counts as the name's kind");
    assertEquals("org", classes.get("Caf\u00e9"));
    assertEquals("O+org", classes.get("said"), "1 of 4 tagged: a quarter reaches the share");
    assertEquals(null, classes.get("Monday"), "dates are no name kind of ours");
    assertEquals(null, classes.get("visited"), "never in a name");
    assertEquals(null, classes.get("The"));

    Path out = TestSpark.tempDir("gazetteer").resolve("gazetteer.txt");
    assertEquals(classes.size(), NameGazetteer.write(classes, out));
    List<String> lines = Files.readAllLines(out);
    assertEquals(List.of("Authority org", "Caf\u00e9 org", "Jordan geo+org+per", "Paris geo", "River org", "said O+org"),
        lines, "the word-cluster format, sorted by word");
  }

  private static Path zip(String csv) throws Exception {
    Path zip = TestSpark.tempDir("gmb").resolve("ner_dataset.csv.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("ner_dataset.csv"));
      out.write(csv.getBytes(Charset.forName("windows-1252")));
      out.closeEntry();
    }
    return zip;
  }
}
