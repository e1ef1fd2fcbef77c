package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.job.JobConfig;
import org.newsgraph.job.NewsgraphJob;
import org.newsgraph.output.RunManifest;

/** bin/newsgraph run: options to a validated config, then the job, then a short summary. */
final class RunCommand {
  private RunCommand() {}

  static int run(Args args, PrintStream out) throws Exception {
    JobConfig config = configFrom(args);
    // The master and all tuning come from spark-submit / --properties-file, never from code.
    SparkSession spark = SparkSession.builder().appName("newsgraph").getOrCreate();
    try {
      RunManifest manifest = NewsgraphJob.run(spark, config);
      printSummary(spark, config, manifest, out);
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** Validates everything before Spark starts: a bad option never costs a cluster start. */
  static JobConfig configFrom(Args args) {
    String configFile = args.one("config", null);
    Map<String, String> overrides = args.pairs("conf", "KEY=VALUE (a setting from docs/configuration.md)");
    List<String> inputs = args.all("input", null);
    if (!inputs.isEmpty()) {
      overrides.put("input.paths", String.join(",", inputs));
    }
    putIfGiven(overrides, "input.format", args.one("format", null));
    putIfGiven(overrides, "output.path", args.one("output", null));
    if (args.flag("incremental")) {
      overrides.put("output.incremental", "true");
    }
    if (args.flag("overwrite")) {
      overrides.put("output.overwrite", "true");
    }
    args.rejectUnknown();
    if (configFile != null && !java.nio.file.Files.isRegularFile(Path.of(configFile))) {
      throw new ConfigException("config file not found: " + configFile);
    }
    return JobConfig.load(configFile == null ? null : Path.of(configFile), overrides);
  }

  private static void putIfGiven(Map<String, String> m, String key, String value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  /**
   * Prints the run's summary in one write, so that the log lines Spark's threads write to the
   * console meanwhile (its cleaner removing cached data, after the job) fall before or after it,
   * never inside a line.
   */
  static void printSummary(SparkSession spark, JobConfig config, RunManifest m, PrintStream console) {
    java.io.StringWriter text = new java.io.StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(text);
    out.println();
    out.println("newsgraph " + m.newsgraphVersion + " run " + m.runId + " " + m.status);
    out.printf(Locale.ROOT, "output:    %s%n", Path.of(config.output()).toAbsolutePath().normalize());
    out.printf(Locale.ROOT, "articles:  %d read, %d processed, %d rejected, %d duplicates (%d near) (reconciles: %s)%n",
        m.recordsRead, m.articlesProcessed, m.recordsRejected, m.duplicates, m.nearDuplicates,
        m.reconciles() ? "yes" : "NO");
    out.printf(Locale.ROOT, "languages: %s; NER ran on %d articles%s%n", m.articlesByLanguage, m.articlesAnnotated,
        m.runMode.equals("incremental") ? " (" + m.articlesReused + " reused from the previous output)" : "");
    if (!m.rejectsByReason.isEmpty()) {
      out.println("rejects:   " + m.rejectsByReason);
    }
    out.printf(Locale.ROOT, "nlp:       %d sentences, %d tokens, %d mentions, %d entities, %d co-occurrence rows%n",
        m.sentences, m.tokens, m.mentions, m.entities, m.cooccurrencePairs);
    out.printf(Locale.ROOT, "time:      %s s%n", formatSeconds(m.stageSeconds));
    if (m.topicsLogPerplexity != null) {
      out.printf(Locale.ROOT, "topics:    %d topics over %d terms, log-perplexity %.3f%n", config.topics().k(),
          m.topicsVocabulary, m.topicsLogPerplexity);
    } else {
      out.println("topics:    " + m.topicsNote);
    }
    // Reads back the top rows of the written table: a bounded collect, whatever the corpus size.
    List<Row> top = spark.read().parquet(Path.of(config.output(), "cooccurrence").toString())
        .filter("unit = 'article' and period = 'all'")
        .orderBy(col("joint_count").desc(), col("npmi").desc(), col("name_a"), col("name_b"))
        .limit(config.summaryTopPairs()).collectAsList();
    if (!top.isEmpty()) {
      out.println("top pairs (articles together, NPMI):");
      for (Row r : top) {
        out.printf(Locale.ROOT, "  %-30s %-30s %5d %6.3f%n", r.getAs("name_a") + " (" + abbrev(r.getAs("type_a")) + ")",
            r.getAs("name_b") + " (" + abbrev(r.getAs("type_b")) + ")", (long) r.getAs("joint_count"),
            (double) r.getAs("npmi"));
      }
    }
    out.flush();
    console.print(text);
    console.flush();
  }

  private static String abbrev(String type) {
    return type.substring(0, 3);
  }

  private static String formatSeconds(Map<String, Double> stages) {
    StringBuilder sb = new StringBuilder();
    double total = 0;
    for (Map.Entry<String, Double> e : stages.entrySet()) {
      sb.append(String.format(Locale.ROOT, "%s %.1f, ", e.getKey(), e.getValue()));
      total += e.getValue();
    }
    return sb.append(String.format(Locale.ROOT, "total %.1f", total)).toString();
  }
}
