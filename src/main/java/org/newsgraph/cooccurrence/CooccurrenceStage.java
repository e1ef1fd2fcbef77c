package org.newsgraph.cooccurrence;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.stats.AssociationMeasures;
import org.newsgraph.stats.Period;
import org.newsgraph.spark.StageCaches;

/**
 * cooccurrence: for every unit (article, sentence, optionally a window of ±N sentences) and every slice
 * (all time, and each day/week/month), the pairs of named entities that share units, with the
 * pair's and both entities' unit counts, the slice's unit count, and PMI, NPMI, G² and Dice.
 * Counts are made per article ({@link WindowCounts}) and summed per slice before any join.
 */
public final class CooccurrenceStage {
  private CooccurrenceStage() {}

  static final StructType COUNT = new StructType()
      .add("unit", DataTypes.StringType, false)
      .add("period_start", DataTypes.DateType, true)
      .add("kind", DataTypes.StringType, false)
      .add("a", DataTypes.LongType, false)
      .add("b", DataTypes.LongType, false)
      .add("n", DataTypes.LongType, false);

  static final StructType SCORES = new StructType()
      .add("pmi", DataTypes.DoubleType, false)
      .add("npmi", DataTypes.DoubleType, false)
      .add("llr", DataTypes.DoubleType, false)
      .add("dice", DataTypes.DoubleType, false);

  /** The measures come from {@link AssociationMeasures}: one definition for Spark and for tests. */
  static final UserDefinedFunction MEASURES = udf((UDF4<Long, Long, Long, Long, Row>) (nab, na, nb, n) -> {
    AssociationMeasures.Scores s = AssociationMeasures.of(nab, na, nb, n);
    return RowFactory.create(s.pmi(), s.npmi(), s.llr(), s.dice());
  }, SCORES);

  /** Per-article counts, tagged with the article's period start (null without a date). */
  static Dataset<Row> articleCounts(Dataset<Row> annotated, Period period, int maxEntities, int windowN) {
    FlatMapFunction<Row, Row> perArticle = article -> {
      List<Long> ids = new ArrayList<>();
      List<Integer> sentences = new ArrayList<>();
      for (Row m : article.<Row>getList(2)) {
        if (EntityType.valueOf(m.<String>getAs("type")).isNamed()) {
          ids.add(m.getAs("entity_id"));
          sentences.add(m.getAs("sentence_index"));
        }
      }
      Object periodStart = article.get(0);
      List<Row> rows = new ArrayList<>();
      for (WindowCounts.Count c : WindowCounts.of(ids, sentences, article.getInt(1), maxEntities, windowN)) {
        rows.add(RowFactory.create(c.unit(), periodStart, c.kind(), c.a(), c.b(), c.n()));
      }
      return rows.iterator();
    };
    return annotated
        .select(period.start(col("published")).as("period_start"), col("sentences"), col("mentions"))
        .flatMap(perArticle, Encoders.row(COUNT));
  }

  /** Sums counts per slice: all time (period 'all', no start) and per period. */
  static Dataset<Row> sliceCounts(Dataset<Row> counts, Period period) {
    Dataset<Row> allTime = counts.groupBy("unit", "kind", "a", "b").agg(sum("n").as("n"))
        .withColumn("period", lit("all")).withColumn("period_start", lit(null).cast("date"));
    Dataset<Row> perPeriod = counts.filter(col("period_start").isNotNull())
        .groupBy("unit", "period_start", "kind", "a", "b").agg(sum("n").as("n"))
        .withColumn("period", lit(period.label()));
    return allTime.unionByName(perPeriod)
        .withColumn("slice", coalesce(col("period_start").cast("string"), lit("all")));
  }

  /** @param caches receives the data this persists, for the caller to unpersist when the run is done */
  public static Dataset<Row> pairs(Dataset<Row> annotated, Dataset<Row> entities, Period period, int maxEntities,
      int windowN, int minSupport, java.util.List<Dataset<?>> caches) {
    // Read three times below (units, marginals, pairs): cached so the per-article counts run once.
    Dataset<Row> sliced = StageCaches.persisted(
        sliceCounts(articleCounts(annotated, period, maxEntities, windowN), period), caches);
    Dataset<Row> units = sliced.filter("kind = 'units'").select(col("unit"), col("slice"), col("n").as("units"));
    Dataset<Row> marginals = sliced.filter("kind = 'entity'").select("unit", "slice", "a", "n");
    Dataset<Row> a = marginals.withColumnRenamed("a", "entity_a").withColumnRenamed("n", "count_a");
    Dataset<Row> b = marginals.withColumnRenamed("a", "entity_b").withColumnRenamed("n", "count_b");
    Dataset<Row> names = entities.select("entity_id", "name", "type");
    Dataset<Row> scored = sliced.filter(col("kind").equalTo("pair").and(col("n").geq(minSupport)))
        .select(col("unit"), col("period"), col("period_start"), col("slice"),
            col("a").as("entity_a"), col("b").as("entity_b"), col("n").as("joint_count"))
        .join(a, new String[] {"unit", "slice", "entity_a"})
        .join(b, new String[] {"unit", "slice", "entity_b"})
        .join(units, new String[] {"unit", "slice"})
        .withColumn("m", MEASURES.apply(col("joint_count"), col("count_a"), col("count_b"), col("units")))
        .join(names.toDF("entity_a", "name_a", "type_a"), "entity_a")
        .join(names.toDF("entity_b", "name_b", "type_b"), "entity_b");
    return scored.select(col("entity_a"), col("name_a"), col("type_a"), col("entity_b"),
        col("name_b"), col("type_b"), col("joint_count"), col("count_a"), col("count_b"), col("units"),
        col("m.pmi").as("pmi"), col("m.npmi").as("npmi"), col("m.llr").as("llr"), col("m.dice").as("dice"),
        col("period_start"), col("unit"), col("period"));
  }

  /** The K strongest partners of each entity, per unit and measure, over all time. */
  public static Dataset<Row> topNeighbours(Dataset<Row> pairs, int k) {
    Dataset<Row> allTime = pairs.filter("period = 'all'");
    String[] cols = {"unit", "entity_id", "entity_name", "neighbour_id", "neighbour_name", "neighbour_type",
        "joint_count", "pmi", "npmi", "llr", "dice"};
    Dataset<Row> forward = allTime.selectExpr("unit", "entity_a", "name_a", "entity_b", "name_b", "type_b",
        "joint_count", "pmi", "npmi", "llr", "dice").toDF(cols);
    Dataset<Row> backward = allTime.selectExpr("unit", "entity_b", "name_b", "entity_a", "name_a", "type_a",
        "joint_count", "pmi", "npmi", "llr", "dice").toDF(cols);
    Dataset<Row> long_ = forward.unionByName(backward).select(col("unit"), col("entity_id"), col("entity_name"),
        col("neighbour_id"), col("neighbour_name"), col("neighbour_type"), col("joint_count"),
        expr("stack(5, 'npmi', npmi, 'pmi', pmi, 'llr', llr, 'dice', dice, 'joint_count', cast(joint_count as double))"
            + " as (measure, value)"));
    return long_
        .withColumn("rank", row_number().over(Window.partitionBy("unit", "entity_id", "measure")
            .orderBy(col("value").desc(), col("joint_count").desc(), col("neighbour_id"))))
        .filter(col("rank").leq(k))
        .select("unit", "entity_id", "entity_name", "measure", "rank", "neighbour_id", "neighbour_name",
            "neighbour_type", "value", "joint_count");
  }
}
