package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/**
 * The packaged cluster jar through spark-submit (local[2]) gives the same tables as
 * bin/newsgraph run, and bad options fail fast with exit code 2 before Spark starts.
 */
class SparkSubmitIT {
  static Path work;
  static Processes.Result launcher;
  static Processes.Result submitted;

  @BeforeAll
  static void runBoth() throws Exception {
    work = TestSpark.tempDir("submit");
    Path project = TestSpark.projectDir();
    launcher = Processes.run(List.of(project.resolve("bin/newsgraph").toString(), "run",
        "--output", work.resolve("launcher").toString()), work.resolve("launcher.log"), 600);
    submitted = Processes.run(Processes.sparkSubmit(
        "--master", "local[2]",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
        "--properties-file", project.resolve("conf/spark-local.conf").toString(),
        "--class", "org.newsgraph.cli.Main", Processes.clusterJar().toString(),
        "run", "--config", project.resolve("conf/newsgraph.properties").toString(),
        "--input", TestSpark.sampleCorpus().toString(),
        "--output", work.resolve("submitted").toString()), work.resolve("submitted.log"), 600);
  }

  @Test
  void bothRunsSucceedAndSummarise() {
    assertEquals(0, launcher.exitCode(), launcher.output());
    assertEquals(0, submitted.exitCode(), submitted.output());
    for (Processes.Result r : List.of(launcher, submitted)) {
      assertTrue(r.output().contains("articles:  36 read, 34 processed, 2 rejected, 0 duplicates (0 near) (reconciles: yes)"),
          r.output());
      assertTrue(r.output().contains("top pairs"), r.output());
    }
    assertTrue(Files.exists(work.resolve("submitted/_SUCCESS")));
  }

  @Test
  void clusterJarTablesEqualLauncherTables() {
    SparkSession spark = TestSpark.session();
    for (String t : List.of("articles", "mentions", "entities", "cooccurrence", "top_neighbours", "entity_trends",
        "topics", "article_topics", "topic_trends", "entity_topics", "rejects")) {
      List<String> a = TestSpark.sortedRows(spark.read().parquet(work.resolve("launcher").resolve(t).toString()));
      List<String> b = TestSpark.sortedRows(spark.read().parquet(work.resolve("submitted").resolve(t).toString()));
      assertTrue(a.size() > 0, t + " is empty");
      assertEquals(a, b, t);
    }
  }

  @Test
  void badOptionsFailFastWithExitCodeTwo() throws Exception {
    Path bin = TestSpark.projectDir().resolve("bin/newsgraph");
    Processes.Result unknown = Processes.run(List.of(bin.toString(), "run", "--conf", "nlp.speed=11",
        "--output", work.resolve("never").toString()), work.resolve("bad1.log"), 300);
    assertEquals(2, unknown.exitCode(), unknown.output());
    assertTrue(unknown.output().contains("unknown option 'nlp.speed'"), unknown.output());
    Processes.Result missing = Processes.run(List.of(bin.toString(), "run", "--input", "no/such/file.jsonl",
        "--output", work.resolve("never").toString()), work.resolve("bad2.log"), 300);
    assertEquals(2, missing.exitCode(), missing.output());
    assertTrue(missing.output().contains("input path does not exist: no/such/file.jsonl"), missing.output());
    Processes.Result gc = Processes.run(List.of("env", "NEWSGRAPH_GC=Shenandoah", bin.toString(), "run",
        "--output", work.resolve("never").toString()), work.resolve("bad3.log"), 300);
    assertEquals(2, gc.exitCode(), gc.output());
    assertTrue(gc.output().contains("NEWSGRAPH_GC must be Parallel or G1, not 'Shenandoah'"), gc.output());
    Processes.Result pages = Processes.run(List.of("env", "NEWSGRAPH_HUGE_PAGES=yes", bin.toString(), "run",
        "--output", work.resolve("never").toString()), work.resolve("bad4.log"), 300);
    assertEquals(2, pages.exitCode(), pages.output());
    assertTrue(pages.output().contains("NEWSGRAPH_HUGE_PAGES must be auto or off, not 'yes'"), pages.output());
    assertTrue(!Files.exists(work.resolve("never")));
  }
}
