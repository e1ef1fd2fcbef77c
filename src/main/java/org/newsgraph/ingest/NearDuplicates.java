package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.spark.ShortPlans;
import org.newsgraph.spark.StageCaches;

/**
 * Near duplicates: syndicated copies of one story with another headline, extra boilerplate or a
 * trimmed paragraph. Each article's text becomes the set of its word shingles (n consecutive
 * lower-cased words), each hashed to an int; bands x rows min-hashes are computed from that set in
 * one pass (the set and the band keys are all that is kept, no shingle strings). Articles that
 * agree on all the min-hashes of any band are candidates (the usual LSH banding: a pair with
 * Jaccard similarity s becomes a candidate with probability 1-(1-s^rows)^bands).
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
    Dataset<Row> near = materialised(
        candidates(articles.filter(col("duplicate_of").isNull()).select("id", "text"), s, caches), caches);
    return exact.join(near, exact.col("id").equalTo(near.col("_id")), "left")
        .withColumn("duplicate_of", coalesce(col("duplicate_of"), col("_rep")))
        .withColumn("duplicateKind", coalesce(col("duplicateKind"), when(col("_rep").isNotNull(), lit("near"))))
        .withColumn("duplicateSimilarity", coalesce(col("duplicateSimilarity"), col("_similarity")))
        .drop("_id", "_rep", "_similarity");
  }

  private static final StructType SIGNATURE = new StructType()
      .add("shingles", DataTypes.BinaryType, false)
      .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false);

  /** (_id, _rep, _similarity) for every near duplicate among the given articles. */
  static Dataset<Row> candidates(Dataset<Row> articles, Settings s, List<Dataset<?>> caches) {
    long[] multipliers = multipliers(s.bands() * s.rowsPerBand());
    UserDefinedFunction signature = udf((UDF1<String, Row>) text -> {
      int[] shingles = shingles(text, s.shingleWords());
      return RowFactory.create(pack(shingles), bandKeys(shingles, multipliers, s.rowsPerBand()));
    }, SIGNATURE).asNondeterministic(); // deterministic in fact; this keeps Spark from inlining it twice
    Dataset<Row> signed = articles.select(col("id"), signature.apply(col("text")).as("sig"))
        .select(col("id"), col("sig.shingles").as("shingles"), col("sig.bands").as("bands"))
        .filter(size(col("bands")).gt(0)); // texts shorter than one shingle only match exactly
    signed = StageCaches.persisted(signed, caches);

    Dataset<Row> stars = signed.select(col("id"), explode(col("bands")).as("band"))
        .withColumn("rep", min("id").over(Window.partitionBy("band")))
        .filter(col("rep").notEqual(col("id")))
        .select("id", "rep").distinct();
    stars = materialised(stars, caches);

    UserDefinedFunction jaccard = udf((UDF2<byte[], byte[], Double>) NearDuplicates::jaccard, DataTypes.DoubleType);
    // Only the candidates' shingles go on to the shuffles of the joins below, not every article's.
    Dataset<Row> left = signed.join(stars.select("id"), "id", "left_semi").select(col("id"), col("shingles").as("f"));
    Dataset<Row> right = signed.join(stars.select(col("rep").as("id")), "id", "left_semi")
        .select(col("id").as("rep"), col("shingles").as("g"));
    Dataset<Row> verified = stars.join(left, "id").join(right, "rep")
        .withColumn("similarity", jaccard.apply(col("f"), col("g")))
        .filter(col("similarity").geq(s.threshold()))
        .groupBy("id").agg(min(struct(col("rep"), col("similarity"))).as("best"))
        .select(col("id"), col("best.rep").as("rep"), col("best.similarity").as("similarity"));
    // Cached: the join below reads it twice, and would otherwise compute the comparisons twice.
    verified = materialised(verified, caches);
    // One step along a chain: if my partner is itself a near duplicate, point to its representative.
    Dataset<Row> next = verified.select(col("id").as("via"), col("rep").as("rep2"));
    return verified.join(next, verified.col("rep").equalTo(next.col("via")), "left")
        .select(col("id").as("_id"), coalesce(col("rep2"), col("rep")).as("_rep"), col("similarity").as("_similarity"));
  }

  /**
   * Cached and counted, and handed on through a one-node plan ({@link ShortPlans}). A join with a
   * computed cache is planned from its real size, so a small one (few candidates, few near
   * duplicates: the usual case) is broadcast and the other side, every article with its shingles
   * or text, is not shuffled; adaptive execution alone would shuffle both sides before it learnt
   * that one is small.
   */
  private static Dataset<Row> materialised(Dataset<Row> rows, List<Dataset<?>> caches) {
    Dataset<Row> cached = StageCaches.persisted(rows, caches);
    cached.count();
    return ShortPlans.of(cached);
  }

  /**
   * The distinct hashes of a text's shingles, sorted: runs of {@code n} consecutive words, where a
   * word is a maximal run of letters and digits, lower-cased. Empty when the text has fewer words.
   */
  static int[] shingles(String text, int n) {
    if (text == null) {
      return new int[0];
    }
    long[] words = new long[Math.max(16, text.length() / 5)];
    int count = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        h = (inWord ? h : 0x2545F4914F6CDD1DL) * 0x100000001B3L ^ Character.toLowerCase(c);
        inWord = true;
      } else if (inWord) {
        words = append(words, count++, mix(h));
        inWord = false;
      }
    }
    if (inWord) {
      words = append(words, count++, mix(h));
    }
    if (count < n) {
      return new int[0];
    }
    int[] out = new int[count - n + 1];
    for (int start = 0; start < out.length; start++) {
      long s = 0;
      for (int k = 0; k < n; k++) {
        s = mix(s * 31 + words[start + k]);
      }
      out[start] = (int) (s ^ (s >>> 32));
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /**
   * One key per band: the band's {@code rows} min-hashes (minimum over the shingles of a
   * multiply-shift hash, one odd multiplier per row) folded together with the band number.
   */
  static long[] bandKeys(int[] shingles, long[] multipliers, int rows) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] keys = new long[multipliers.length / rows];
    for (int band = 0; band < keys.length; band++) {
      long key = 0x9E3779B97F4A7C15L * (band + 1);
      for (int r = band * rows; r < (band + 1) * rows; r++) {
        long a = multipliers[r];
        long smallest = Long.MAX_VALUE;
        for (int x : shingles) {
          long v = (a * (x & 0xFFFFFFFFL)) >>> 1;
          if (v < smallest) {
            smallest = v;
          }
        }
        key = mix(key ^ smallest);
      }
      keys[band] = key;
    }
    return keys;
  }

  /** Odd 64-bit multipliers from the fixed seed: every run hashes alike. */
  static long[] multipliers(int count) {
    SplittableRandom random = new SplittableRandom(SEED);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = random.nextLong() | 1L;
    }
    return out;
  }

  private static long[] append(long[] values, int at, long value) {
    long[] out = at < values.length ? values : Arrays.copyOf(values, values.length * 2);
    out[at] = value;
    return out;
  }

  /** A 64-bit finaliser (SplitMix64's) so that similar inputs give unrelated hashes. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static byte[] pack(int[] values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4);
    for (int v : values) {
      b.putInt(v);
    }
    return b.array();
  }

  /** Jaccard similarity of two shingle sets (sorted distinct ints, packed by {@link #pack}). */
  static double jaccard(byte[] a, byte[] b) {
    ByteBuffer x = ByteBuffer.wrap(a);
    ByteBuffer y = ByteBuffer.wrap(b);
    int n = a.length / 4;
    int m = b.length / 4;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < n && j < m) {
      int u = x.getInt(i * 4);
      int v = y.getInt(j * 4);
      if (u == v) {
        common++;
        i++;
        j++;
      } else if (u < v) {
        i++;
      } else {
        j++;
      }
    }
    int union = n + m - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
