package org.newsgraph.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
    return TestSpark.sampleConfig(output, overrides);
  }

  static Dataset<Row> table(Path output, String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  @BeforeAll
  static void runOnSample() throws Exception {
    spark = TestSpark.session();
    out = TestSpark.sampleOutput();
    manifest = TestSpark.sampleManifest();
  }

  @Test
  void manifestTimesEachStagesTasksOnAndOffTheCpu() {
    assertTrue(manifest.stageSeconds.keySet().containsAll(manifest.stageTaskSeconds.keySet()),
        "task times are kept under the stages' names: " + manifest.stageTaskSeconds.keySet());
    assertEquals(manifest.stageTaskSeconds.keySet(), manifest.stageTaskCpuSeconds.keySet());
    double ner = manifest.stageTaskSeconds.getOrDefault("ner", 0.0);
    double nerCpu = manifest.stageTaskCpuSeconds.getOrDefault("ner", 0.0);
    assertTrue(nerCpu > 0, "the NER tasks spent CPU time: " + manifest.stageTaskCpuSeconds);
    // Run time is counted in whole milliseconds per task, CPU time in nanoseconds: each task may
    // show up to 1 ms more CPU than run time, 0.1 s for the sample's handful of NER tasks (< 100).
    assertTrue(nerCpu <= ner + 0.1, "CPU " + nerCpu + " s within run " + ner + " s");
    assertTrue(ner <= 2 * manifest.stageSeconds.get("ner") + 0.5,
        "the test session's two task slots run at most twice the stage's wall time: " + ner);
    Row m = table(out, "run_manifest").first();
    assertEquals(nerCpu, m.<String, Double>getJavaMap(m.fieldIndex("stage_task_cpu_seconds")).get("ner"), 1e-9);
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
    assertEquals(34, table(out, "articles").filter("declared_language = 'en'").count(), "the sample declares its language");
    assertEquals(34, table(out, "articles").filter("language = 'eng'").count(), "and the detector agrees");
    assertEquals(Map.of("eng", 34L), manifest.articlesByLanguage);
    assertEquals(34, manifest.articlesAnnotated);
    assertEquals(2, table(out, "rejects").count());
    assertEquals(manifest.mentions, table(out, "mentions").count());
    assertEquals(manifest.entities, table(out, "entities").count());
    assertEquals(manifest.cooccurrencePairs, table(out, "cooccurrence").count());
    Row m = table(out, "run_manifest").first();
    assertEquals(true, m.getAs("reconciles"));
    assertEquals("succeeded", m.getAs("status"));
    Map<String, String> sums = m.<String, String>getJavaMap(m.fieldIndex("model_checksums"));
    assertEquals(5, sums.size(), "four models and the rules around them: " + sums);
    assertEquals(org.newsgraph.nlp.NlpStage.RULES_VERSION, sums.get(org.newsgraph.nlp.NlpStage.RULES));
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

  static Row allTimePair(String unit, String a, String b) {
    List<Row> rows = table(out, "cooccurrence")
        .filter("unit = '" + unit + "' and period = 'all'")
        .filter("(name_a = '" + a + "' and name_b = '" + b + "') or (name_a = '" + b + "' and name_b = '" + a + "')")
        .collectAsList();
    assertEquals(1, rows.size(), a + " / " + b);
    assertTrue((long) rows.get(0).getAs("entity_a") < (long) rows.get(0).getAs("entity_b"));
    return rows.get(0);
  }

  @Test
  void pairsCountSharedUnits() {
    Row okoro = allTimePair("article", "Daniel Okoro", "Nigeria");
    String okoroSide = okoro.getAs("name_a").equals("Daniel Okoro") ? "count_a" : "count_b";
    assertEquals(7L, (long) okoro.getAs(okoroSide), "Daniel Okoro's marginal: the 7 articles he is in");
    assertTrue((long) okoro.getAs("joint_count") >= 6);
    assertEquals(34L, (long) okoro.getAs("units"), "article window: one unit per processed article");
    assertTrue((long) allTimePair("article", "Lucas Ferreira", "Grace Whitfield").getAs("joint_count") >= 5);
    assertEquals(manifest.sentences, (long) allTimePair("sentence", "Amara Diallo", "World Health Organization")
        .getAs("units"), "sentence window: one unit per sentence");
    assertTrue((long) allTimePair("sentences_1", "Amara Diallo", "World Health Organization").getAs("joint_count")
        >= (long) allTimePair("sentence", "Amara Diallo", "World Health Organization").getAs("joint_count"));
    assertEquals(0, table(out, "cooccurrence").filter("type_a in ('DATE','MONEY','PERCENT')").count());
    assertEquals(0, table(out, "cooccurrence").filter("npmi < -1 or npmi > 1 or dice <= 0 or dice > 1 or llr < 0").count());
  }

  /** Recomputes the article-window measures from the mentions and articles tables alone. */
  @Test
  void measuresMatchAnIndependentRecomputation() {
    table(out, "mentions").filter("type in ('PERSON','ORGANIZATION','LOCATION','MISC')")
        .selectExpr("article_id", "entity_id").distinct().createOrReplaceTempView("em");
    long n = table(out, "articles").filter("duplicate_of is null").count();
    Dataset<Row> expected = spark.sql("with m as (select entity_id, count(*) c from em group by entity_id), "
        + "j as (select x.entity_id a, y.entity_id b, count(*) nab from em x join em y "
        + "on x.article_id = y.article_id and x.entity_id < y.entity_id group by 1, 2) "
        + "select j.a, j.b, j.nab, ma.c ca, mb.c cb, log2(j.nab * " + n + " / (ma.c * mb.c)) exp_pmi, "
        + "2.0 * j.nab / (ma.c + mb.c) exp_dice from j join m ma on j.a = ma.entity_id join m mb on j.b = mb.entity_id");
    Dataset<Row> actual = table(out, "cooccurrence").filter("unit = 'article' and period = 'all'");
    assertEquals(expected.count(), actual.count());
    Dataset<Row> joined = expected.join(actual, expected.col("a").equalTo(actual.col("entity_a"))
        .and(expected.col("b").equalTo(actual.col("entity_b"))));
    assertEquals(expected.count(), joined.count());
    assertEquals(0, joined.filter("nab != joint_count or ca != count_a or cb != count_b or units != " + n
        + " or abs(exp_pmi - pmi) > 1e-9 or abs(exp_dice - dice) > 1e-9").count());
  }

  @Test
  void periodSlicesAddUpToAllTime() {
    Dataset<Row> c = table(out, "cooccurrence").filter("unit = 'article'");
    Dataset<Row> weekly = c.filter("period = 'week'").groupBy("entity_a", "entity_b").sum("joint_count");
    Dataset<Row> all = c.filter("period = 'all'").select("entity_a", "entity_b", "joint_count");
    assertEquals(all.count(), weekly.count());
    assertEquals(0, all.join(weekly, new String[] {"entity_a", "entity_b"})
        .filter("joint_count != `sum(joint_count)`").count());
    assertTrue(c.filter("period = 'week'").select("period_start").distinct().count() >= 6, "sample spans 7 weeks");
    assertEquals(0, c.filter("period = 'week' and dayofweek(period_start) != 2").count(), "weeks start on Monday");
  }

  @Test
  void topNeighboursAndTrends() {
    long okoro = EntityNormalizer.id("daniel okoro");
    List<Row> best = table(out, "top_neighbours")
        .filter("unit = 'article' and measure = 'joint_count' and entity_id = " + okoro)
        .orderBy("rank").collectAsList();
    assertEquals("Nigeria", best.get(0).getAs("neighbour_name"));
    assertTrue(best.size() <= 10);
    List<Row> weeks = table(out, "entity_trends").filter("entity_id = " + okoro).orderBy("period_start").collectAsList();
    long total = 0;
    for (int i = 0; i < weeks.size(); i++) {
      Row w = weeks.get(i);
      total += (long) w.getAs("articles");
      assertEquals((long) w.getAs("mentions") - (long) w.getAs("previous_mentions"), (long) w.getAs("mention_change"));
    }
    assertEquals(7, total, "his 7 articles spread over the weeks");

    // The previous period's figures are those of the week just before, or 0 when the entity had
    // no row that week (even if it had one earlier): checked against a self-join of the table.
    Dataset<Row> t = table(out, "entity_trends");
    t.createOrReplaceTempView("trends_check");
    Row check = spark.sql("select"
        + " sum(case when t.previous_mentions = coalesce(p.mentions, 0)"
        + "   and t.previous_articles = coalesce(p.articles, 0) then 0 else 1 end) as wrong,"
        + " sum(case when p.mentions is not null then 1 else 0 end) as with_previous,"
        + " sum(case when p.mentions is null and t.period_start > f.first_start then 1 else 0 end) as after_gap"
        + " from trends_check t left join trends_check p"
        + " on p.entity_id = t.entity_id and p.period_start = date_sub(t.period_start, 7)"
        + " join (select entity_id, min(period_start) as first_start from trends_check group by entity_id) f"
        + " on f.entity_id = t.entity_id").first();
    assertEquals(0L, check.getLong(0), "rows whose previous figures are not the week before's");
    assertTrue(check.getLong(1) > 0, "some entities are mentioned in consecutive weeks");
    assertTrue(check.getLong(2) > 0, "some entities come back after a week without mentions");
  }

  @Test
  void topicsAreConsistent() {
    assertEquals(5, table(out, "topics").count());
    assertEquals(34, table(out, "article_topics").count());
    assertEquals(0, table(out, "article_topics")
        .filter("abs(aggregate(topic_weights, 0D, (acc, x) -> acc + x) - 1) > 1e-6 or size(topic_weights) != 5")
        .count());
    assertEquals(0, table(out, "article_topics").filter("dominant_weight != array_max(topic_weights)").count());
    Dataset<Row> perPeriod = table(out, "topic_trends").groupBy("period_start").agg(
        org.apache.spark.sql.functions.max("articles").as("articles"),
        org.apache.spark.sql.functions.sum("dominant_articles").as("dominant"));
    assertEquals(0, perPeriod.filter("articles != dominant").count(), "each article has one dominant topic");
    assertTrue(table(out, "entity_topics").count() > 0);
    assertNotNull(manifest.topicsLogPerplexity);
  }

  @Test
  void graphMlIsAValidNetworkOfTheStrongPairs() throws Exception {
    org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve("network.graphml").toFile());
    org.w3c.dom.NodeList edges = xml.getElementsByTagName("edge");
    org.w3c.dom.NodeList nodes = xml.getElementsByTagName("node");
    long expectedEdges = table(out, "cooccurrence").filter("unit = 'article' and period = 'all' and joint_count >= 2").count();
    assertEquals(expectedEdges, edges.getLength());
    java.util.Set<String> ends = new java.util.HashSet<>();
    for (int i = 0; i < edges.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) edges.item(i);
      ends.add(e.getAttribute("source"));
      ends.add(e.getAttribute("target"));
    }
    assertEquals(ends.size(), nodes.getLength(), "one node per entity on an edge");
    assertEquals(9, xml.getElementsByTagName("key").getLength());
    assertTrue(Files.readString(out.resolve("network.graphml")).contains("<data key=\"name\">Daniel Okoro</data>"));
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
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| `([a-z_]+)` \\| ([a-z<>,:_]+) \\|").matcher(section);
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
    for (String t : List.of("articles", "mentions", "entities", "cooccurrence", "top_neighbours", "entity_trends",
        "topics", "article_topics", "topic_trends", "entity_topics", "rejects")) {
      assertEquals(TestSpark.sortedRows(table(out, t)), TestSpark.sortedRows(table(again, t)), t);
    }
    // Running again into the same folder replaces that newsgraph output.
    NewsgraphJob.run(spark, config(again));
    assertEquals(34, table(again, "articles").count());
  }

  @Test
  void emptyAndTinyInputsGiveCompleteOutputs() throws Exception {
    Path empty = TestSpark.tempDir("empty-in");
    Path emptyOut = TestSpark.tempDir("empty-out").resolve("out");
    RunManifest m = NewsgraphJob.run(spark, config(emptyOut, "input.paths", empty.toString(),
        "topics.min-df", "5"));
    assertEquals(0, m.recordsRead);
    assertTrue(m.reconciles());
    assertTrue(m.topicsNote.startsWith("no topics"), m.topicsNote);
    assertTrue(Files.exists(emptyOut.resolve(OutputWriter.SUCCESS)));
    assertEquals(0, table(emptyOut, "articles").count());
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

  @Test
  void aRunThatFailsMidwayLeavesNoCacheBehind() throws Exception {
    int before = spark.sparkContext().getPersistentRDDs().size();
    // An output on a file system that refuses to create files: the run fails in its write stage,
    // when every stage's output is cached.
    org.apache.hadoop.conf.Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    hadoop.set("fs.failingwrites.impl", FailingWrites.class.getName());
    hadoop.setBoolean("fs.failingwrites.impl.disable.cache", true);
    try {
      Path failed = TestSpark.tempDir("job-failed").resolve("out");
      JobConfig config = TestSpark.sampleConfig(failed, "output.path", "failingwrites://" + failed);
      Exception e = assertThrows(Exception.class, () -> NewsgraphJob.run(spark, config));
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      assertTrue(trace.toString().contains(FailingWrites.MESSAGE), trace.toString());
      assertFalse(Files.exists(failed.resolve(OutputWriter.SUCCESS)));
    } finally {
      hadoop.unset("fs.failingwrites.impl");
      hadoop.unset("fs.failingwrites.impl.disable.cache");
    }
    assertEquals(before, spark.sparkContext().getPersistentRDDs().size(), "cached data left by the failed run");
  }

  /** The local file system under its own scheme, refusing to create any file. */
  public static final class FailingWrites extends org.apache.hadoop.fs.RawLocalFileSystem {
    static final String MESSAGE = "test file system refuses to create files";

    @Override
    public java.net.URI getUri() {
      return java.net.URI.create("failingwrites:///");
    }

    @Override
    public org.apache.hadoop.fs.FSDataOutputStream create(org.apache.hadoop.fs.Path f,
        org.apache.hadoop.fs.permission.FsPermission permission, boolean overwrite, int bufferSize, short replication,
        long blockSize, org.apache.hadoop.util.Progressable progress) throws java.io.IOException {
      throw new java.io.IOException(MESSAGE + ": " + f);
    }

    @Override
    public org.apache.hadoop.fs.FSDataOutputStream create(org.apache.hadoop.fs.Path f, boolean overwrite,
        int bufferSize, short replication, long blockSize, org.apache.hadoop.util.Progressable progress)
        throws java.io.IOException {
      throw new java.io.IOException(MESSAGE + ": " + f);
    }
  }
}
