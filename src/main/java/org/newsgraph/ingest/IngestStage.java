package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
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

  /** @param all records in the shape of {@link RawRecord} (camelCase columns), new or carried over */
  public static Result split(Dataset<Row> all) {
    Dataset<Row> parseRejects = all.filter(col("rejectReason").isNotNull());
    Dataset<Row> parsed = all.filter(col("rejectReason").isNull());

    WindowSpec byId = Window.partitionBy("id").orderBy("sourceFile", "position");
    Dataset<Row> ranked = parsed
        .withColumn("_rank", row_number().over(byId))
        .withColumn("_firstFile", first("sourceFile").over(byId))
        .withColumn("_firstPos", first("position").over(byId));
    Dataset<Row> idRejects = ranked.filter(col("_rank").gt(1))
        .withColumn("rejectReason", lit(RejectReason.DUPLICATE_ID.code()))
        .withColumn("rejectDetail", concat(lit("id first read at "), col("_firstFile"), lit(":"),
            col("_firstPos").cast("string")))
        .withColumn("excerpt", lit(null).cast("string"))
        .drop("_rank", "_firstFile", "_firstPos");
    Dataset<Row> unique = ranked.filter(col("_rank").equalTo(1)).drop("_rank", "_firstFile", "_firstPos");

    // Exact duplicates: same text once case and spacing are ignored; the smallest id represents them.
    Dataset<Row> keyed = unique.withColumn("_content",
        sha2(lower(trim(regexp_replace(col("text"), "\\s+", " "))), 256));
    Dataset<Row> articles = keyed
        .withColumn("_rep", min("id").over(Window.partitionBy("_content")))
        .withColumn("duplicate_of", when(col("_rep").notEqual(col("id")), col("_rep")))
        .drop("_content", "_rep");

    return new Result(articles, parseRejects.unionByName(idRejects));
  }
}
