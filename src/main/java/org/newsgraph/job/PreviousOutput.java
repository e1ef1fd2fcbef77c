package org.newsgraph.job;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.cli.ConfigException;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.nlp.NlpStage;
import org.newsgraph.output.OutputWriter;

/**
 * What the previous output contributes to an incremental run: its records, minus those the new
 * input replaces, in the shape the read stage produces (so that id and duplicate checks run over
 * old and new together, exactly as in a full run), and the NER results of its articles, reused
 * instead of computed again. A previous article is replaced when the new input brings articles
 * published on its day, or when it was read from a file the new input reads again; a previous
 * reject when its file is read again. Articles without a date are replaced only by their file.
 */
final class PreviousOutput {
  final Dataset<Row> records;
  final Dataset<Row> annotations;
  final List<String> replacedDates;

  private PreviousOutput(Dataset<Row> records, Dataset<Row> annotations, List<String> replacedDates) {
    this.records = records;
    this.annotations = annotations;
    this.replacedDates = replacedDates;
  }

  /** Null when there is no previous output yet (the first incremental run is a full one). */
  static PreviousOutput load(SparkSession spark, String output, List<InputFile> files, Dataset<Row> newRecords,
      Map<String, String> modelChecksums) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path root = new Path(output);
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(root) || fs.listStatus(root).length == 0) {
      return null;
    }
    if (!fs.exists(new Path(root, OutputWriter.SUCCESS)) || !fs.exists(new Path(root, OutputWriter.MANIFEST_JSON))) {
      throw new ConfigException("--incremental needs a complete newsgraph output at " + output
          + " (with _SUCCESS and run_manifest.json); run once without --incremental, or choose an empty --output");
    }
    JsonNode manifest;
    try (InputStream in = fs.open(new Path(root, OutputWriter.MANIFEST_JSON))) {
      manifest = new ObjectMapper().readTree(in);
    }
    for (Map.Entry<String, String> model : modelChecksums.entrySet()) {
      JsonNode before = manifest.path("model_checksums").path(model.getKey());
      // An output older than the rules' version has other rules; one without a model's checksum did not use it.
      boolean missing = before.isMissingNode() && !model.getKey().equals(NlpStage.RULES);
      if (!missing && !before.asText().equals(model.getValue())) {
        throw new ConfigException("the previous output at " + output + " was made with another version of "
            + model.getKey() + "; its NER results cannot be reused: run without --incremental");
      }
    }

    List<String> newFiles = files.stream().map(InputFile::getPath).toList();
    List<String> dates = new ArrayList<>();
    for (Row r : newRecords.filter(col("rejectReason").isNull().and(col("published").isNotNull()))
        .selectExpr("cast(to_date(published) as string) as day").distinct().orderBy("day").collectAsList()) {
      dates.add(r.getString(0));
    }
    Column replacedFile = col("source_file").isin(newFiles.toArray());
    Column replacedDay = col("published_date").isNotNull()
        .and(col("published_date").cast("string").isin(dates.toArray()));

    Dataset<Row> articles = spark.read().parquet(new Path(root, "articles").toString())
        .filter(not(replacedFile.or(replacedDay)));
    Dataset<Row> articleRecords = articles.select(col("id"), col("title"), col("text"), col("published"),
        col("published_status").as("publishedStatus"), col("source"), col("url"),
        col("declared_language").as("language"), col("encoding"), col("crawled_at").as("crawled"),
        col("source_file").as("sourceFile"), col("position"), lit(null).cast("string").as("rejectReason"),
        lit(null).cast("string").as("rejectDetail"), lit(null).cast("string").as("excerpt"));
    Dataset<Row> rejectRecords = spark.read().parquet(new Path(root, "rejects").toString())
        .filter(not(replacedFile))
        .select(col("record_id").as("id"), lit(null).cast("string").as("title"), lit(null).cast("string").as("text"),
            lit(null).cast("timestamp").as("published"), lit(null).cast("string").as("publishedStatus"),
            lit(null).cast("string").as("source"), lit(null).cast("string").as("url"),
            lit(null).cast("string").as("language"), lit(null).cast("string").as("encoding"),
            lit(null).cast("timestamp").as("crawled"), col("source_file").as("sourceFile"), col("position"),
            col("reason").as("rejectReason"), col("detail").as("rejectDetail"), col("excerpt"));

    // Mentions in article order, in the struct the NER stage produces.
    Dataset<Row> mentions = spark.read().parquet(new Path(root, "mentions").toString())
        .groupBy("article_id")
        .agg(array_sort(collect_list(struct(col("sentence_index"), col("start_char"), col("end_char"),
            col("surface"), col("type"), col("probability"), col("entity_id"),
            col("resolved_name").as("entity_name"), col("resolved_type").as("entity_type")))).as("prevMentions"));
    Dataset<Row> annotations = articles.filter(col("sentences").isNotNull())
        .select(col("id").as("prevId"), col("source_file").as("prevSourceFile"), col("position").as("prevPosition"),
            col("sentences").as("prevSentences"), col("tokens").as("prevTokens"))
        .join(mentions, col("prevId").equalTo(mentions.col("article_id")), "left")
        .drop("article_id");
    return new PreviousOutput(articleRecords.unionByName(rejectRecords), annotations, dates);
  }
}
