package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;
import org.newsgraph.entities.EntityNormalizer;

class NlpStageTest {
  static final String[] TEXTS = {
      "Emmanuel Macron met German leaders in Paris on Tuesday. Mr Macron said Germany would help.",
      "The European Commission fined Google 2 billion euros, a rise of 12%.",
      "Shares in Toyota rose in Tokyo.\n\nToyota said sales in Japan were strong.",
      "Police in London arrested two men.",
      "Barack Obama spoke in Washington on 4 July 2010.",
      "Prices rose 3 per cent in Brazil last month, the central bank in Brasilia said."};

  @Test
  void annotatesInEveryPartitionWithModelsLoadedOncePerJvm() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("title", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("language", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      rows.add(RowFactory.create("d" + i, null, TEXTS[i], "de"));
    }
    rows.add(RowFactory.create("german", "Regierung beschließt Reform",
        "Die Bundesregierung in Berlin hat am Montag eine Reform der Rente beschlossen. Der Kanzler sprach von einem guten Tag.", "en"));
    Dataset<Row> articles = LanguageStage.detect(TestSpark.session().createDataFrame(rows, schema)).repartition(4);
    LongAccumulator loads = TestSpark.session().sparkContext().longAccumulator();
    List<Row> all = NlpStage.annotate(articles, new EntityNormalizer(Map.of()), loads, Set.of("eng"))
        .orderBy("id").collectAsList();

    // The detector, not the declared language, decides: the German article is kept without NER.
    Row german = all.stream().filter(r -> r.getAs("id").equals("german")).findFirst().orElseThrow();
    assertEquals("deu", german.getAs("language"));
    assertEquals("en", german.getAs("declaredLanguage"));
    assertNull(german.getAs("sentences"));
    assertTrue(german.getList(german.fieldIndex("mentions")).isEmpty());
    List<Row> out = all.stream().filter(r -> !r.getAs("id").equals("german")).toList();
    assertEquals(TEXTS.length, out.size());
    for (Row r : out) {
      assertEquals("eng", r.getAs("language"), (String) r.getAs("id"));
    }
    // The text is left out of the output (the job caches it and joins the text back where needed).
    assertFalse(java.util.Arrays.asList(all.get(0).schema().fieldNames()).contains("text"));
    // Four partitions on two task threads, yet one load in this JVM (and none if an earlier test loaded).
    assertEquals(1, Models.loadCount());
    assertTrue(loads.value() <= 1, "loads counted: " + loads.value());

    Set<String> found = new HashSet<>();
    for (Row article : out) {
      String text = TEXTS[Integer.parseInt(article.<String>getAs("id").substring(1))];
      assertTrue((int) article.getAs("sentences") >= 1);
      assertTrue((int) article.getAs("tokens") >= 5);
      for (Row m : article.<Row>getList(article.fieldIndex("mentions"))) {
        int start = m.getAs("start_char");
        int end = m.getAs("end_char");
        assertEquals(text.substring(start, end), m.getAs("surface"), "offsets point at the surface text");
        found.add(m.getAs("entity_name") + "/" + m.getAs("type"));
      }
    }
    for (String expected : List.of("Emmanuel Macron/PERSON", "Paris/LOCATION", "London/LOCATION",
        "Tuesday/DATE", "2 billion euros/MONEY", "12%/PERCENT", "3 per cent/PERCENT", "4 July 2010/DATE")) {
      assertTrue(found.contains(expected), expected + " not in " + found);
    }
    Row first = out.get(0);
    assertEquals(2, (int) first.getAs("sentences"));
    // "Mr Macron" resolves to the full name found earlier in the same article.
    List<Long> macron = first.<Row>getList(first.fieldIndex("mentions")).stream()
        .filter(m -> ((String) m.getAs("surface")).contains("Macron")).map(m -> (long) m.getAs("entity_id")).toList();
    assertEquals(List.of(EntityNormalizer.id("emmanuel macron"), EntityNormalizer.id("emmanuel macron")), macron);
  }

  @Test
  void wordsOfLettersAndDigitsStayWhole() {
    // The UD tokenizer alone splits "10am" into "10" "am" and "PayPerAction" into "Pay" "PerAction".
    ArticleAnnotator.Annotation a = new ArticleAnnotator(Models.get()).annotate("The 10am meeting moved to PayPerAction headquarters.");
    assertEquals(8, a.tokens(), "The 10am meeting moved to PayPerAction headquarters ."); // UD alone: 10
  }

  @Test
  void paragraphsSplitOnBlankLines() {
    List<opennlp.tools.util.Span> p = ArticleAnnotator.paragraphs("Headline without stop\n\nBody one. Body two.\n\n\n");
    assertEquals(2, p.size());
    assertEquals(0, p.get(0).getStart());
    assertEquals(21, p.get(0).getEnd());
    assertEquals(23, p.get(1).getStart());
  }
}
