package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * read: files to records. Each file is read by one task, lazily, record by record; cleaning
 * happens as records are parsed. Then records are split into articles and rejects, repeated ids
 * are rejected (the first read wins), and articles whose cleaned text equals an earlier one's are
 * marked as duplicates of it.
 */
public final class IngestStage {
  private IngestStage() {}

  /** Articles (with duplicate_of set on exact duplicates) and rejects, as DataFrames. */
  public record Result(Dataset<Row> articles, Dataset<Row> rejects) {}

  public static Dataset<RawRecord> read(SparkSession spark, List<InputFile> files, FieldMapping fields,
      int maxRecordBytes, Map<String, String> hadoopSettings) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    JavaRDD<InputFile> fileRdd = jsc.parallelize(files, slices);
    FlatMapFunction<InputFile, RawRecord> readFile = f -> {
      Configuration conf = new Configuration();
      hadoopSettings.forEach(conf::set);
      return FileRecordReader.open(f, conf, new RecordParser(fields), maxRecordBytes);
    };
    return spark.createDataset(fileRdd.rdd(), Encoders.bean(InputFile.class))
        .flatMap(readFile, Encoders.bean(RawRecord.class));
  }

  /**
   * Rejects repeated ids and marks exact duplicates. Both checks group all records, so they run
   * on a slim projection (row number, id, file, position, a hash of the text) and produce the few
   * rows they change; the records, text and all, are then joined to those marks, which Spark
   * broadcasts while they are small: the text is not shuffled here. The marks are persisted
   * (added to {@code caches}) and counted before the join is planned, so that the planner knows
   * their real size.
   *
   * @param all records in the shape of {@link RawRecord} (camelCase columns), new or carried over;
   *     cached or otherwise read the same way every time (rows are numbered by position)
   */
  public static Result split(Dataset<Row> all, List<Dataset<?>> caches) {
    Dataset<Row> numbered = all.withColumn("_row", monotonically_increasing_id());
    Dataset<Row> parseRejects = numbered.filter(col("rejectReason").isNotNull()).drop("_row");
    Dataset<Row> parsed = numbered.filter(col("rejectReason").isNull());

    // Exact duplicates: same text once case and spacing are ignored; the smallest id represents them.
    Dataset<Row> keys = parsed.select(col("_row"), col("id"), col("sourceFile"), col("position"),
        sha2(lower(trim(regexp_replace(col("text"), "\\s+", " "))), 256).as("_content"));
    WindowSpec byId = Window.partitionBy("id").orderBy("sourceFile", "position");
    Dataset<Row> ranked = keys
        .withColumn("_rank", row_number().over(byId))
        .withColumn("_firstFile", first("sourceFile").over(byId))
        .withColumn("_firstPos", first("position").over(byId));
    Dataset<Row> repeatedIds = ranked.filter(col("_rank").gt(1)).select(col("_row"),
        concat(lit("id first read at "), col("_firstFile"), lit(":"), col("_firstPos").cast("string"))
            .as("_idRejectDetail"), lit(null).cast("string").as("_duplicateOf"));
    Dataset<Row> exactCopies = ranked.filter(col("_rank").equalTo(1))
        .withColumn("_rep", min("id").over(Window.partitionBy("_content")))
        .filter(col("_rep").notEqual(col("id")))
        .select(col("_row"), lit(null).cast("string").as("_idRejectDetail"), col("_rep").as("_duplicateOf"));
    Dataset<Row> marks = repeatedIds.unionByName(exactCopies).persist(StorageLevel.MEMORY_AND_DISK());
    caches.add(marks);
    marks.count();

    Dataset<Row> joined = parsed.join(marks, "_row", "left");
    Dataset<Row> articles = joined.filter(col("_idRejectDetail").isNull())
        .withColumn("duplicate_of", col("_duplicateOf"))
        .drop("_row", "_idRejectDetail", "_duplicateOf");
    Dataset<Row> idRejects = joined.filter(col("_idRejectDetail").isNotNull())
        .withColumn("rejectReason", lit(RejectReason.DUPLICATE_ID.code()))
        .withColumn("rejectDetail", col("_idRejectDetail"))
        .withColumn("excerpt", lit(null).cast("string"))
        .drop("_row", "_idRejectDetail", "_duplicateOf");
    return new Result(articles, parseRejects.unionByName(idRejects));
  }
}
