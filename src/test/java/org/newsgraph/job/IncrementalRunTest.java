package org.newsgraph.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;
import org.newsgraph.cli.ConfigException;
import org.newsgraph.nlp.NlpStage;
import org.newsgraph.output.RunManifest;

/**
 * An incremental run equals a full run: the sample corpus split by date into two batches, run
 * as one full run, and as the first batch then the second with --incremental (and the second
 * again, which must replace its days, not add them twice). The second batch also brings an
 * exact copy of an early article under a smaller id, which takes over as the representative.
 */
class IncrementalRunTest {
  static final List<String> TABLES = List.of("articles", "mentions", "entities", "cooccurrence", "top_neighbours",
      "entity_trends", "rejects");
  static SparkSession spark;
  static Path early;
  static Path late;
  static Path full;
  static Path incremental;
  static RunManifest fullManifest;
  static RunManifest secondManifest;
  static RunManifest rerunManifest;
  static List<List<String>> afterSecond = new ArrayList<>();

  static JobConfig config(Path out, boolean incremental, Path... inputs) {
    List<String> paths = new ArrayList<>();
    for (Path p : inputs) {
      paths.add(p.toString());
    }
    return TestSpark.sampleConfig(out, "input.paths", String.join(",", paths), "topics.enabled", "false",
        "output.graphml", "false", "output.incremental", Boolean.toString(incremental));
  }

  @BeforeAll
  static void runAll() throws Exception {
    spark = TestSpark.session();
    Path dir = TestSpark.tempDir("incremental");
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    String copied = null;
    for (String line : Files.readAllLines(TestSpark.sampleCorpus())) {
      boolean isLate = line.contains("\"published\": \"2026-10") || line.contains("\"published\":\"2026-10");
      (isLate ? second : first).add(line);
      if (line.contains("\"ng-002\"")) {
        copied = line;
      }
    }
    assertTrue(second.size() >= 10 && first.size() >= 10, first.size() + " / " + second.size());
    // The same story as ng-002 under an id that sorts first: in a full run ng-000 represents it.
    second.add(copied.replace("\"ng-002\"", "\"ng-000\"").replace("2026-09-02", "2026-10-20"));
    early = Files.write(dir.resolve("early.jsonl"), first);
    late = Files.write(dir.resolve("late.jsonl"), second);

    full = dir.resolve("full");
    fullManifest = NewsgraphJob.run(spark, config(full, false, early, late));
    incremental = dir.resolve("incremental");
    NewsgraphJob.run(spark, config(incremental, true, early)); // no output yet: a full run of the first batch
    secondManifest = NewsgraphJob.run(spark, config(incremental, true, late));
    for (String t : TABLES) {
      afterSecond.add(rows(incremental, t));
    }
    rerunManifest = NewsgraphJob.run(spark, config(incremental, true, late));
  }

  /** A table as sorted strings, doubles rounded: sums may add up in another order. */
  static List<String> rows(Path out, String table) {
    Dataset<Row> t = spark.read().parquet(out.resolve(table).toString());
    List<Column> cols = new ArrayList<>();
    for (StructField f : t.schema().fields()) {
      cols.add(f.dataType() == DataTypes.DoubleType ? functions.round(functions.col(f.name()), 9).as(f.name())
          : functions.col(f.name()));
    }
    return TestSpark.sortedRows(t.select(cols.toArray(new Column[0])));
  }

  @Test
  void incrementalEqualsFull() {
    for (int i = 0; i < TABLES.size(); i++) {
      List<String> expected = rows(full, TABLES.get(i));
      assertTrue(expected.size() > 0, TABLES.get(i));
      assertEquals(expected, afterSecond.get(i), TABLES.get(i));
    }
    for (RunManifest m : List.of(secondManifest, rerunManifest)) {
      assertEquals("incremental", m.runMode);
      assertEquals(fullManifest.recordsRead, m.recordsRead);
      assertEquals(fullManifest.articlesProcessed, m.articlesProcessed);
      assertEquals(fullManifest.duplicates, m.duplicates);
      assertEquals(fullManifest.recordsRejected, m.recordsRejected);
      assertEquals(fullManifest.mentions, m.mentions);
      assertEquals(fullManifest.entities, m.entities);
      assertEquals(fullManifest.cooccurrencePairs, m.cooccurrencePairs);
      assertTrue(m.reconciles());
    }
  }

  @Test
  void theCopyTakesOverAndNerIsReusedNotRepeated() {
    Row ng002 = spark.read().parquet(incremental.resolve("articles").toString()).filter("id = 'ng-002'").first();
    assertEquals("ng-000", ng002.getAs("duplicate_of"));
    assertEquals("exact", ng002.getAs("duplicate_kind"));
    long earlyAnnotated = spark.read().parquet(full.resolve("articles").toString())
        .filter("source_file like '%early.jsonl' and sentences is not null").count();
    // Every early article but ng-002 (now a duplicate) keeps its NER results from the first run.
    assertEquals(earlyAnnotated, secondManifest.articlesReused);
    assertEquals(earlyAnnotated, rerunManifest.articlesReused);
  }

  @Test
  void rerunningADayReplacesIt() {
    assertEquals(List.of("2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08",
        "2026-10-09", "2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16", "2026-10-20"),
        rerunManifest.datesReplaced);
    for (int i = 0; i < TABLES.size(); i++) {
      assertEquals(afterSecond.get(i), rows(incremental, TABLES.get(i)), TABLES.get(i));
    }
  }

  @Test
  void anOutputMadeWithAnotherModelIsRefused() throws Exception {
    Path copy = TestSpark.tempDir("incremental-other-model").resolve("out");
    NewsgraphJob.run(spark, config(copy, false, early));
    Path json = copy.resolve("run_manifest.json");
    ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(json.toFile());
    ObjectNode sums = (ObjectNode) manifest.get("model_checksums");
    String ner = sums.get("models/newsgraph-ner-en.bin").asText();
    sums.put("models/newsgraph-ner-en.bin", "0000");
    Files.writeString(json, manifest.toString());
    Files.deleteIfExists(copy.resolve(".run_manifest.json.crc")); // Hadoop's local checksum of the old content
    ConfigException e = assertThrows(ConfigException.class, () -> NewsgraphJob.run(spark, config(copy, true, late)));
    assertTrue(e.getMessage().contains("run without --incremental"), e.getMessage());
    // An output of a version before the rules had a version: same models, other rules.
    sums.put("models/newsgraph-ner-en.bin", ner);
    sums.remove(NlpStage.RULES);
    Files.writeString(json, manifest.toString());
    e = assertThrows(ConfigException.class, () -> NewsgraphJob.run(spark, config(copy, true, late)));
    assertTrue(e.getMessage().contains("another version of annotation_rules"), e.getMessage());
  }
}
