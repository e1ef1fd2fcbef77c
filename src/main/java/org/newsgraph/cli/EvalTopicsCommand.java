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
 * bin/newsgraph eval-topics: how well the dominant topics of a run recover the sections of a
 * labelled corpus whose ids are "section/name" (a text folder of section folders, like BBC's).
 */
final class EvalTopicsCommand {
  private EvalTopicsCommand() {}

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
}
