package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One local[2] session per test JVM (a cold start costs 10-20 s here), UI off, few partitions. */
public final class TestSpark {
  private TestSpark() {}

  private static SparkSession session;

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("newsgraph-tests")
          .config("spark.ui.enabled", "false")
          // Many job runs share this JVM: keep the SQL listener from holding every plan it saw.
          .config("spark.sql.ui.retainedExecutions", "20")
          .config("spark.ui.retainedJobs", "50")
          .config("spark.ui.retainedStages", "50")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.log.structuredLogging.enabled", "false")
          // As conf/spark-local.conf: plan text cut short. The job keeps its plans short itself
          // (one node per cached stage), but the text is kept for each retained execution and the
          // tests run many queries of their own (docs/benchmarks.md).
          .config("spark.sql.maxPlanStringLength", "20000")
          // As conf/spark-local.conf: permissions without a chmod process per output file.
          .config("spark.hadoop.fs.file.impl", org.newsgraph.output.NioLocalFileSystem.class.getName())
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /** The project folder (tests run with it as the working directory). */
  public static Path projectDir() {
    return Path.of("").toAbsolutePath();
  }

  public static Path sampleCorpus() {
    return projectDir().resolve("src/sample/articles.jsonl");
  }

  /** ../shared/data, or null where this checkout has none beside it. */
  public static Path sharedData() {
    Path p = projectDir().resolve("../shared/data").normalize();
    return Files.isDirectory(p) ? p : null;
  }

  private static Path sampleOutput;
  private static org.newsgraph.output.RunManifest sampleManifest;

  /** The job's output for the sample corpus ({@link #sampleConfig}), made once per test JVM and shared. */
  public static synchronized Path sampleOutput() throws Exception {
    if (sampleOutput == null) {
      Path out = tempDir("sample").resolve("out");
      sampleManifest = org.newsgraph.job.NewsgraphJob.run(session(), sampleConfig(out));
      sampleOutput = out;
    }
    return sampleOutput;
  }

  /** The sample corpus with the shipped config, test-sized topics, every unit and no support floor. */
  public static org.newsgraph.job.JobConfig sampleConfig(Path output, String... overrides) {
    java.util.Map<String, String> o = new java.util.HashMap<>();
    o.put("input.paths", sampleCorpus().toString());
    o.put("output.path", output.toString());
    o.put("topics.k", "5");
    o.put("topics.max-iterations", "10");
    o.put("topics.min-df", "2");
    o.put("cooccurrence.window-sentences", "1");
    o.put("cooccurrence.min-support", "1");
    o.put("output.graphml", "true");
    for (int i = 0; i < overrides.length; i += 2) {
      o.put(overrides[i], overrides[i + 1]);
    }
    return org.newsgraph.job.JobConfig.load(projectDir().resolve("conf/newsgraph.properties"), o);
  }

  public static synchronized org.newsgraph.output.RunManifest sampleManifest() throws Exception {
    sampleOutput();
    return sampleManifest;
  }

  /** Rows as sorted strings: an order-free comparison of two tables. */
  public static List<String> sortedRows(Dataset<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      out.add(r.toString());
    }
    out.sort(null);
    return out;
  }

  /**
   * A new folder under target/test-tmp: the Spark tests' outputs take hundreds of megabytes a run,
   * which `mvn clean` removes there instead of leaving them in the system's temporary folder.
   */
  public static Path tempDir(String prefix) throws IOException {
    return Files.createTempDirectory(Files.createDirectories(projectDir().resolve("target/test-tmp")), prefix);
  }
}
