package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.output.OutputWriter;
import org.newsgraph.topics.ClusterAgreement;

/**
 * bin/newsgraph eval-dedup (below) and eval-topics: how well the dominant topics of a run recover the sections of a
 * labelled corpus whose ids are "section/name" (a text folder of section folders, like BBC's).
 */
final class EvalCommands {
  private EvalCommands() {}

  static int run(Args args, PrintStream out) {
    String output = args.one("output", null);
    args.rejectUnknown();
    if (output == null) {
      throw new ConfigException("eval-topics needs --output DIR (the output of a run with topics)");
    }
    if (!Files.exists(Path.of(output, OutputWriter.SUCCESS)) || !Files.isDirectory(Path.of(output, "article_topics"))) {
      throw new ConfigException(output + " is not a complete newsgraph output with topic tables");
    }
    SparkSession spark = SparkSession.builder().appName("newsgraph-eval-topics").getOrCreate();
    try {
      ClusterAgreement agreement = new ClusterAgreement();
      // One row per (topic, label): at most k times the number of labels.
      for (Row r : spark.read().parquet(Path.of(output, "article_topics").toString())
          .selectExpr("cast(dominant_topic as string) as topic", "substring_index(article_id, '/', 1) as label")
          .groupBy("topic", "label").count().collectAsList()) {
        agreement.add(r.getString(0), r.getString(1), r.getLong(2));
      }
      out.printf(Locale.ROOT, "purity %.4f%nnmi    %.4f%n", agreement.purity(), agreement.nmi());
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** bin/newsgraph eval-dedup: precision and recall of duplicate detection on perturbed real articles. */
  static int dedup(Args args, PrintStream out) throws java.io.IOException {
    String articles = args.one("articles", null);
    int originals = args.positiveInt("originals", 750);
    long seed = Long.parseLong(args.one("seed", "7"));
    int shingleWords = args.positiveInt("shingle-words", 5);
    int bands = args.positiveInt("bands", 20);
    int rows = args.positiveInt("rows-per-band", 3);
    double show = Double.parseDouble(args.one("show-wrong", "0.7"));
    args.rejectUnknown();
    if (articles == null || !Files.isDirectory(Path.of(articles))) {
      throw new ConfigException("eval-dedup needs --articles DIR, a folder of .txt articles (e.g. ../shared/data/articles/bbc)");
    }
    org.newsgraph.bench.DedupEvaluation eval = new org.newsgraph.bench.DedupEvaluation(Path.of(articles), originals, seed);
    out.printf(Locale.ROOT, "%d articles: %d originals, %d perturbed copies (seed %d)%n", eval.size(),
        eval.size() - eval.copies(), eval.copies(), seed);
    SparkSession spark = SparkSession.builder().appName("newsgraph-eval-dedup").getOrCreate();
    try {
      org.newsgraph.bench.DedupEvaluation.print(eval.run(spark, java.util.List.of(0.4, 0.5, 0.6, 0.7, 0.8, 0.9),
          shingleWords, bands, rows), out);
      out.println("flagged pairs from different originals at threshold " + show + ":");
      eval.wrongPairs.getOrDefault(show, java.util.List.of()).forEach(p -> out.println("  " + p));
    } finally {
      spark.stop();
    }
    return 0;
  }
}
