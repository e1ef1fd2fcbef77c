package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;
import org.newsgraph.bench.CorpusGenerator;

/**
 * The cluster jar on a real standalone cluster (master and two one-core workers on 127.0.0.1,
 * started from the Maven jars) with the shipped conf/spark-cluster.conf: its tables equal a
 * local-mode run's, also when an executor JVM is killed from outside in the middle of the NER stage.
 */
class ClusterIT {
  // Distinct articles, so that NER has work to be interrupted in (copies of one text would all be
  // near duplicates, left out of NER), plus the sample corpus for its rejects and real prose.
  static final int GENERATED = 1_600;
  static Path work;
  static Path corpus;
  static StandaloneCluster cluster;
  static Processes.Result local;

  static List<String> submit(String master, Path output, String... options) throws Exception {
    Path project = TestSpark.projectDir();
    List<String> args = new ArrayList<>(List.of(
        "--master", master, "--deploy-mode", "client",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--properties-file", project.resolve("conf/spark-cluster.conf").toString(),
        // Sized for two one-core workers; the cluster's storage here is the local disk, written
        // without a chmod process per file, as conf/spark-local.conf does.
        "--conf", "spark.ui.enabled=false", "--conf", "spark.executor.memory=1g", "--conf", "spark.executor.cores=1",
        "--conf", "spark.sql.shuffle.partitions=8", "--conf", "spark.task.maxFailures=8",
        "--conf", "spark.hadoop.fs.file.impl=org.newsgraph.output.NioLocalFileSystem",
        "--class", "org.newsgraph.cli.Main", Processes.clusterJar().toString(),
        "run", "--config", project.resolve("conf/newsgraph.properties").toString(),
        "--input", corpus.toString(), "--output", output.toString(),
        "--conf", "nlp.articles-per-partition=200", "--conf", "topics.max-iterations=10"));
    args.addAll(List.of(options));
    return Processes.sparkSubmit(args.toArray(String[]::new));
  }

  @BeforeAll
  static void start() throws Exception {
    work = TestSpark.tempDir("cluster");
    corpus = work.resolve("corpus");
    new CorpusGenerator(42, 6, 40).write(corpus, GENERATED, 4);
    Files.copy(TestSpark.sampleCorpus(), corpus.resolve("sample.jsonl"));
    local = Processes.run(submit("local[2]", work.resolve("local")), work.resolve("local.log"), 900);
    assertEquals(0, local.exitCode(), local.output());
    cluster = new StandaloneCluster(work.resolve("spark"), 2, "1536m");
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  static void assertSameTables(Path expected, Path actual) {
    SparkSession spark = TestSpark.session();
    // Topic tables are left out: LDA sums floating-point numbers in an order that may differ by executor.
    for (String t : List.of("articles", "mentions", "entities", "cooccurrence", "top_neighbours", "entity_trends",
        "rejects")) {
      List<String> a = TestSpark.sortedRows(spark.read().parquet(expected.resolve(t).toString()));
      List<String> b = TestSpark.sortedRows(spark.read().parquet(actual.resolve(t).toString()));
      assertEquals(a.size(), b.size(), t + " row count");
      assertEquals(a, b, t);
    }
  }

  @Test
  void clusterRunEqualsLocalRun() throws Exception {
    Path out = work.resolve("cluster");
    Processes.Result r = Processes.run(submit(cluster.masterUrl(), out), work.resolve("cluster.log"), 900);
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("articles:  " + (GENERATED + 36) + " read, " + (GENERATED + 34)
        + " processed, 2 rejected, 0 duplicates (0 near) (reconciles: yes)"), r.output());
    assertTrue(r.output().contains("model_loads=2"), "two executors, one model load each:\n" + r.output());
    assertSameTables(work.resolve("local"), out);
  }

  @Test
  void killingAnExecutorMidStageLosesNothing() throws Exception {
    Path out = work.resolve("killed");
    Path log = work.resolve("killed.log");
    // Topics off: their tables are not compared (see assertSameTables), and LDA would add a minute.
    List<String> cmd = submit(cluster.masterUrl(), out, "--conf", "topics.enabled=false");
    Process driver = Processes.start(cmd, log);
    List<Long> killed = new ArrayList<>();
    try {
      // The NER stage starts right after the dedup stage reports and takes several seconds here.
      StandaloneCluster.waitFor(log, "stage dedup done", 600);
      Thread.sleep(1500);
      assertFalse(Files.readString(log).contains("stage ner done"), "the NER stage ended before the executor could be killed");
      for (ProcessHandle executor : cluster.executorsOf(0)) {
        killed.add(executor.pid());
        executor.destroyForcibly();
      }
      assertFalse(killed.isEmpty(), "worker 0 had no executor to kill");
    } finally {
      Processes.Result r = Processes.await(driver, cmd, log, 900);
      assertEquals(0, r.exitCode(), r.output());
    }
    String output = Files.readString(log);
    assertTrue(output.contains("Lost executor") || output.contains("ExecutorLostFailure"),
        "the driver should have noticed the lost executor " + killed);
    assertTrue(output.contains("(reconciles: yes)"), output);
    assertSameTables(work.resolve("local"), out);
  }
}
