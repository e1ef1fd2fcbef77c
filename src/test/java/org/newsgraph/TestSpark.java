package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.log.structuredLogging.enabled", "false")
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

  /** Rows as sorted strings: an order-free comparison of two tables. */
  public static List<String> sortedRows(Dataset<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      out.add(r.toString());
    }
    out.sort(null);
    return out;
  }

  public static List<String> columns(Dataset<Row> rows) {
    return Arrays.asList(rows.columns());
  }

  public static Path tempDir(String prefix) throws IOException {
    return Files.createTempDirectory(prefix);
  }
}
