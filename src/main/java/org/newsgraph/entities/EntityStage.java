package org.newsgraph.entities;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * entities: the mentions table (one row per mention) and the entities table (one row per
 * canonical entity). An entity's name and type are the most frequent among its mentions; ties go
 * to the alphabetically last, so reruns agree.
 */
public final class EntityStage {
  private EntityStage() {}

  /** How many distinct surface forms the entities table lists per entity. */
  static final int MAX_VARIANTS = 20;

  public static Dataset<Row> mentions(Dataset<Row> annotated) {
    return annotated
        .select(col("id").as("article_id"), col("published"), explode(col("mentions")).as("m"))
        .select(
            col("article_id"),
            col("m.sentence_index").as("sentence_index"),
            col("m.start_char").as("start_char"),
            col("m.end_char").as("end_char"),
            col("m.surface").as("surface"),
            col("m.type").as("type"),
            col("m.probability").as("probability"),
            col("m.entity_id").as("entity_id"),
            col("m.entity_name").as("entity_name"),
            col("m.entity_type").as("entity_type"),
            col("published"),
            to_date(col("published")).as("published_date"));
  }

  public static Dataset<Row> entities(Dataset<Row> mentions) {
    Dataset<Row> byName = mentions.groupBy("entity_id", "entity_name").agg(count(lit(1)).as("n"));
    Dataset<Row> byType = mentions.groupBy("entity_id", "entity_type").agg(count(lit(1)).as("n"));
    Dataset<Row> stats = mentions.groupBy("entity_id").agg(
        count(lit(1)).as("mention_count"),
        countDistinct("article_id").as("article_count"),
        min("published").as("first_seen"),
        max("published").as("last_seen"),
        slice(array_sort(collect_set("surface")), 1, MAX_VARIANTS).as("variants"));
    return stats
        .join(mostFrequent(byName, "entity_name", "name"), "entity_id")
        .join(mostFrequent(byType, "entity_type", "type"), "entity_id")
        .select("entity_id", "name", "type", "mention_count", "article_count", "first_seen", "last_seen",
            "variants");
  }

  private static Dataset<Row> mostFrequent(Dataset<Row> counted, String value, String as) {
    Column best = max(struct(col("n"), col(value))).as("best");
    return counted.groupBy("entity_id").agg(best).select(col("entity_id"), col("best." + value).as(as));
  }
}
