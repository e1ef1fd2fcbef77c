package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * Near duplicates: syndicated copies of one story with another headline, extra boilerplate or a
 * trimmed paragraph. Each article's text becomes a set of word shingles (n consecutive lower-cased
 * words), hashed into a sparse vector; Spark MLlib's MinHashLSH gives bands x rows min-hashes,
 * and articles that agree on all the min-hashes of any band are candidates (the usual LSH banding:
 * a pair with Jaccard similarity s becomes a candidate with probability 1-(1-s^rows)^bands).
 * Within a band bucket each article is compared only with the bucket's smallest id, so a story
 * copied a thousand times costs a thousand comparisons, not half a million. A candidate becomes a
 * near duplicate when the exact Jaccard similarity of the two shingle sets reaches the threshold;
 * it points to the smallest such partner, and through it (one more step) to that partner's own
 * representative. Only articles that are not already exact duplicates take part.
 */
public final class NearDuplicates {
  private NearDuplicates() {}

  public record Settings(boolean enabled, double threshold, int shingleWords, int bands, int rowsPerBand)
      implements Serializable {}

  private static final int FEATURES = 1 << 24;
  private static final long SEED = 20_261_128L;

  /**
   * @param articles rows with id, text and duplicate_of (set on exact duplicates)
   * @param caches receives the intermediate data this persists; unpersist it once the result is materialised
   * @return the same rows with duplicate_of also set on near duplicates, and duplicateKind
   *     (exact or near) and duplicateSimilarity (1.0 for exact duplicates) on every duplicate
   */
  public static Dataset<Row> mark(Dataset<Row> articles, Settings s, List<Dataset<?>> caches) {
    Dataset<Row> exact = articles
        .withColumn("duplicateKind", when(col("duplicate_of").isNotNull(), lit("exact")))
        .withColumn("duplicateSimilarity", when(col("duplicate_of").isNotNull(), lit(1.0)));
    if (!s.enabled()) {
      return exact;
    }
    Dataset<Row> near = candidates(articles.filter(col("duplicate_of").isNull()).select("id", "text"), s, caches);
    return exact.join(near, exact.col("id").equalTo(near.col("_id")), "left")
        .withColumn("duplicate_of", coalesce(col("duplicate_of"), col("_rep")))
        .withColumn("duplicateKind", coalesce(col("duplicateKind"), when(col("_rep").isNotNull(), lit("near"))))
        .withColumn("duplicateSimilarity", coalesce(col("duplicateSimilarity"), col("_similarity")))
        .drop("_id", "_rep", "_similarity");
  }

  /** (_id, _rep, _similarity) for every near duplicate among the given articles. */
  static Dataset<Row> candidates(Dataset<Row> articles, Settings s, List<Dataset<?>> caches) {
    Dataset<Row> words = articles.select(col("id"),
        array_remove(split(lower(col("text")), "[^\\p{L}\\p{N}]+"), "").as("words"));
    Dataset<Row> shingled = new NGram().setN(s.shingleWords()).setInputCol("words").setOutputCol("shingles")
        .transform(words).filter(size(col("shingles")).gt(0)); // texts shorter than one shingle only match exactly
    Dataset<Row> vectors = new HashingTF().setNumFeatures(FEATURES).setBinary(true)
        .setInputCol("shingles").setOutputCol("features").transform(shingled).select("id", "features");
    MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(s.bands() * s.rowsPerBand()).setSeed(SEED)
        .setInputCol("features").setOutputCol("hashes").fit(vectors);
    Dataset<Row> hashed = lsh.transform(vectors).persist(StorageLevel.MEMORY_AND_DISK());
    caches.add(hashed);

    int rows = s.rowsPerBand();
    UserDefinedFunction bandKeys = udf((UDF1<scala.collection.Seq<Vector>, List<Long>>) hashes -> {
      List<Long> keys = new ArrayList<>();
      for (int band = 0; band * rows < hashes.size(); band++) {
        long h = 0x9E3779B97F4A7C15L * (band + 1);
        for (int i = band * rows; i < Math.min(hashes.size(), (band + 1) * rows); i++) {
          h = (h ^ (long) hashes.apply(i).apply(0)) * 0xBF58476D1CE4E5B9L;
          h ^= h >>> 31;
        }
        keys.add(h);
      }
      return keys;
    }, DataTypes.createArrayType(DataTypes.LongType));
    Dataset<Row> stars = hashed.select(col("id"), explode(bandKeys.apply(col("hashes"))).as("band"))
        .withColumn("rep", min("id").over(Window.partitionBy("band")))
        .filter(col("rep").notEqual(col("id")))
        .select("id", "rep").distinct();

    UserDefinedFunction jaccard = udf((UDF2<Vector, Vector, Double>) NearDuplicates::jaccard, DataTypes.DoubleType);
    Dataset<Row> left = hashed.select(col("id"), col("features").as("f"));
    Dataset<Row> right = hashed.select(col("id").as("rep"), col("features").as("g"));
    Dataset<Row> verified = stars.join(left, "id").join(right, "rep")
        .withColumn("similarity", jaccard.apply(col("f"), col("g")))
        .filter(col("similarity").geq(s.threshold()))
        .groupBy("id").agg(min(struct(col("rep"), col("similarity"))).as("best"))
        .select(col("id"), col("best.rep").as("rep"), col("best.similarity").as("similarity"));
    // One step along a chain: if my partner is itself a near duplicate, point to its representative.
    Dataset<Row> next = verified.select(col("id").as("via"), col("rep").as("rep2"));
    return verified.join(next, verified.col("rep").equalTo(next.col("via")), "left")
        .select(col("id").as("_id"), coalesce(col("rep2"), col("rep")).as("_rep"), col("similarity").as("_similarity"));
  }

  /** Jaccard similarity of two binary sparse vectors (the shingle sets). */
  static double jaccard(Vector a, Vector b) {
    int[] x = ((SparseVector) a).indices();
    int[] y = ((SparseVector) b).indices();
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
