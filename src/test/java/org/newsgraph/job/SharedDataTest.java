package org.newsgraph.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;
import org.newsgraph.output.RunManifest;

/** Real news from ../shared/data: the seed wire story and the BBC sport section (which has a latin-1 file). */
class SharedDataTest {
  static SparkSession spark;
  static Path out;
  static RunManifest manifest;

  @BeforeAll
  static void run() throws Exception {
    Path data = TestSpark.sharedData();
    assumeTrue(data != null, "skipped: ../shared/data is not beside this checkout (it holds the real news test data)");
    spark = TestSpark.session();
    out = TestSpark.tempDir("shared").resolve("out");
    Map<String, String> o = new HashMap<>();
    o.put("input.paths", data.resolve("articles/seed") + "," + data.resolve("articles/bbc/sport"));
    o.put("input.format", "text");
    o.put("output.path", out.toString());
    o.put("cooccurrence.min-support", "1");
    o.put("topics.max-iterations", "10");
    manifest = NewsgraphJob.run(spark, JobConfig.load(TestSpark.projectDir().resolve("conf/newsgraph.properties"), o));
  }

  @Test
  void everyFileIsAccountedFor() {
    assertEquals(1 + 511, manifest.inputFiles);
    assertEquals(manifest.inputFiles, manifest.recordsRead);
    assertTrue(manifest.reconciles());
    assertEquals(0, manifest.recordsRejected);
    Row latin1 = spark.read().parquet(out.resolve("articles").toString()).filter("id = '199'").first();
    assertEquals("windows-1252", latin1.getAs("encoding"));
    assertFalse(((String) latin1.getAs("text")).contains("\uFFFD"));
  }

  @Test
  void seedStoryYieldsItsPeoplePlacesAndPair() {
    Map<String, String> types = new HashMap<>();
    List<Row> rows = spark.read().parquet(out.resolve("mentions").toString())
        .filter("article_id = 'biden-putin-talks'")
        .select("entity_id")
        .join(spark.read().parquet(out.resolve("entities").toString()), "entity_id")
        .select("name", "type").distinct().collectAsList();
    for (Row r : rows) {
      types.put(r.getString(0), r.getString(1));
    }
    Map<String, String> expected = Map.of("Joe Biden", "PERSON", "Vladimir Putin", "PERSON",
        "Jake Sullivan", "PERSON", "Ukraine", "LOCATION", "Russia", "LOCATION", "NATO", "ORGANIZATION");
    expected.forEach((name, type) -> assertEquals(type, types.get(name), name + " in " + types));
    long pair = spark.read().parquet(out.resolve("cooccurrence").toString())
        .filter("unit = 'article' and period = 'all'")
        .filter("(name_a = 'Joe Biden' and name_b = 'Vladimir Putin') or (name_a = 'Vladimir Putin' and name_b = 'Joe Biden')")
        .count();
    assertEquals(1, pair);
  }

  @Test
  void seedStoryIsCleanedButKeepsItsSentences() {
    String text = spark.read().parquet(out.resolve("articles").toString())
        .filter("id = 'biden-putin-talks'").first().getAs("text");
    for (String gone : List.of("Share this article", "Read More", "Download our Apps", "powered by",
        "Want us to email you", "(AP)", "Press Association Images", "Kremlin Pool Photo")) {
      assertFalse(text.contains(gone), gone);
    }
    for (String kept : List.of(
        "US president Joe Biden and his Russian counterpart Vladimir Putin have made little progress",
        "US intelligence officials have not been able to independently verify that accusation.",
        "Mr Biden’s Republican opponents in Washington are framing this moment",
        "called it an area where the two countries could cooperate.")) {
      assertTrue(text.contains(kept), kept);
    }
    assertTrue(text.startsWith("US president Joe Biden"), text.substring(0, 80));
  }
}
