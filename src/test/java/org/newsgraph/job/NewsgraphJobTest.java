package org.newsgraph.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;
import org.newsgraph.cli.ConfigException;
import org.newsgraph.entities.EntityNormalizer;
import org.newsgraph.output.OutputWriter;
import org.newsgraph.output.RunManifest;

/** The whole job on the bundled sample corpus, as bin/newsgraph run does it. */
class NewsgraphJobTest {
  static SparkSession spark;
  static Path out;
  static RunManifest manifest;

  static JobConfig config(Path output, String... overrides) {
    Map<String, String> o = new HashMap<>();
    o.put("input.paths", TestSpark.sampleCorpus().toString());
    o.put("output.path", output.toString());
    for (int i = 0; i < overrides.length; i += 2) {
      o.put(overrides[i], overrides[i + 1]);
    }
    return JobConfig.load(TestSpark.projectDir().resolve("conf/newsgraph.properties"), o);
  }

  static Dataset<Row> table(Path output, String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  @BeforeAll
  static void runOnSample() throws Exception {
    spark = TestSpark.session();
    out = TestSpark.tempDir("job").resolve("out");
    manifest = NewsgraphJob.run(spark, config(out));
  }

  @Test
  void manifestReconcilesAndCountsTheSample() {
    assertEquals(36, manifest.recordsRead);
    assertEquals(34, manifest.articlesProcessed);
    assertEquals(2, manifest.recordsRejected);
    assertEquals(0, manifest.duplicates);
    assertTrue(manifest.reconciles());
    assertEquals(Map.of("empty_body", 1L, "malformed_json", 1L), manifest.rejectsByReason);
    assertEquals(34, table(out, "articles").count());
    assertEquals(2, table(out, "rejects").count());
    assertEquals(manifest.mentions, table(out, "mentions").count());
    assertEquals(manifest.entities, table(out, "entities").count());
    assertEquals(manifest.cooccurrencePairs, table(out, "cooccurrence").count());
    Row m = table(out, "run_manifest").first();
    assertEquals(true, m.getAs("reconciles"));
    assertEquals("succeeded", m.getAs("status"));
    assertEquals(3, m.<String, String>getJavaMap(m.fieldIndex("model_checksums")).size());
  }

  @Test
  void outputIsCompleteAndMarked() throws java.io.IOException {
    assertTrue(Files.exists(out.resolve(OutputWriter.SUCCESS)));
    assertTrue(Files.exists(out.resolve(OutputWriter.MARKER)));
    assertTrue(Files.exists(out.resolve(OutputWriter.MANIFEST_JSON)));
    assertTrue(Files.isDirectory(out.resolve("articles/published_date=2026-09-01")));
    try (var names = Files.list(out)) {
      assertFalse(names.anyMatch(p -> p.getFileName().toString().startsWith("_staging")));
    }
  }

  static Map<String, Row> entitiesByName() {
    Map<String, Row> m = new HashMap<>();
    for (Row r : table(out, "entities").collectAsList()) {
      m.put(r.getAs("name"), r);
    }
    return m;
  }

  @Test
  void findsTheSampleCast() {
    Map<String, Row> e = entitiesByName();
    Map<String, String> expected = Map.of("Priya Raman", "PERSON", "Daniel Okoro", "PERSON",
        "Lucas Ferreira", "PERSON", "Nigeria", "LOCATION", "Berlin", "LOCATION",
        "World Health Organization", "ORGANIZATION", "European Union", "ORGANIZATION");
    expected.forEach((name, type) -> {
      assertTrue(e.containsKey(name), name + " missing from " + e.keySet());
      assertEquals(type, e.get(name).getAs("type"), name);
    });
    Row okoro = e.get("Daniel Okoro");
    assertEquals(EntityNormalizer.id("daniel okoro"), (long) okoro.getAs("entity_id"));
    assertEquals(7L, (long) okoro.getAs("article_count"), "Daniel Okoro appears in 7 articles");
    assertEquals(java.time.Instant.parse("2026-09-02T11:00:00Z"), ((java.sql.Timestamp) okoro.getAs("first_seen")).toInstant());
  }

  static long articlesShared(String a, String b) {
    List<Row> rows = table(out, "cooccurrence")
        .filter("(name_a = '" + a + "' and name_b = '" + b + "') or (name_a = '" + b + "' and name_b = '" + a + "')")
        .collectAsList();
    assertEquals(1, rows.size(), a + " / " + b);
    assertTrue((long) rows.get(0).getAs("entity_a") < (long) rows.get(0).getAs("entity_b"));
    return rows.get(0).getAs("article_count");
  }

  @Test
  void pairsCountSharedArticles() {
    assertTrue(articlesShared("Daniel Okoro", "Nigeria") >= 6);
    assertTrue(articlesShared("Lucas Ferreira", "Grace Whitfield") >= 5);
    assertTrue(articlesShared("Amara Diallo", "World Health Organization") >= 5);
    assertEquals(0, table(out, "cooccurrence").filter("sentence_count > 0 and article_count = 0").count());
    assertEquals(0, table(out, "cooccurrence").filter("type_a in ('DATE','MONEY','PERCENT')").count());
  }

  @Test
  void mentionOffsetsPointIntoTheCleanedText() {
    Dataset<Row> joined = table(out, "mentions").join(
        table(out, "articles").selectExpr("id as article_id", "text"), "article_id");
    assertTrue(joined.count() > 200);
    assertEquals(0, joined.filter("substring(text, start_char + 1, end_char - start_char) != surface").count());
  }

  @Test
  void cleaningRemovedTheScrapedBoilerplate() {
    assertEquals(0, table(out, "articles")
        .filter("text like '%Share this article%' or text like '%All rights reserved%' or text like '%Read More%'")
        .count());
  }

  /** docs/tables.md lists each table's columns and types in order: check them against the real schema. */
  @Test
  void docsDescribeTheRealSchemas() throws java.io.IOException {
    String docs = Files.readString(TestSpark.projectDir().resolve("docs/tables.md"));
    for (String t : NewsgraphJob.TABLES) {
      String section = docs.split("\n## " + t + "\n", 2)[1].split("\n## ", 2)[0];
      List<String> documented = new java.util.ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| `([a-z_]+)` \\| ([a-z<>,]+) \\|").matcher(section);
      while (m.find()) {
        documented.add(m.group(1) + " " + m.group(2));
      }
      List<String> actual = new java.util.ArrayList<>();
      for (org.apache.spark.sql.types.StructField f : table(out, t).schema().fields()) {
        actual.add(f.name() + " " + f.dataType().simpleString());
      }
      assertEquals(actual, documented, "docs/tables.md section " + t);
    }
  }

  @Test
  void rerunGivesIdenticalTables() throws Exception {
    Path again = TestSpark.tempDir("job-rerun").resolve("out");
    NewsgraphJob.run(spark, config(again));
    for (String t : List.of("articles", "mentions", "entities", "cooccurrence", "rejects")) {
      assertEquals(TestSpark.sortedRows(table(out, t)), TestSpark.sortedRows(table(again, t)), t);
    }
    // Running again into the same folder replaces that newsgraph output.
    NewsgraphJob.run(spark, config(again));
    assertEquals(34, table(again, "articles").count());
  }

  @Test
  void refusesAForeignNonEmptyFolderUnlessToldToOverwrite() throws Exception {
    Path foreign = TestSpark.tempDir("foreign");
    Files.writeString(foreign.resolve("thesis.txt"), "precious");
    ConfigException e = assertThrows(ConfigException.class, () -> NewsgraphJob.run(spark, config(foreign)));
    assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
    assertTrue(Files.exists(foreign.resolve("thesis.txt")));
    NewsgraphJob.run(spark, config(foreign, "output.overwrite", "true"));
    assertFalse(Files.exists(foreign.resolve("thesis.txt")));
    assertTrue(Files.exists(foreign.resolve(OutputWriter.SUCCESS)));
  }
}
