package org.newsgraph.stats;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * entity_trends: mentions and articles per named entity per period, beside the previous period's
 * (0 when the entity was not mentioned then), so "who rose this week" is one query.
 */
public final class TrendsStage {
  private TrendsStage() {}

  public static Dataset<Row> entityTrends(Dataset<Row> mentions, Dataset<Row> entities, Period period) {
    Dataset<Row> counts = mentions
        .filter(col("published").isNotNull().and(col("type").isin("PERSON", "ORGANIZATION", "LOCATION", "MISC")))
        .withColumn("period_start", period.start(col("published")))
        .groupBy("entity_id", "period_start")
        .agg(count(lit(1)).as("mentions"), countDistinct("article_id").as("articles"));
    Dataset<Row> previous = counts.select(col("entity_id"), col("period_start").as("previous_start"),
        col("mentions").as("previous_mentions"), col("articles").as("previous_articles"));
    return counts
        .withColumn("previous_start", period.previous(col("period_start")))
        .join(previous, new String[] {"entity_id", "previous_start"}, "left")
        .join(entities.select("entity_id", "name", "type"), "entity_id")
        .select(col("entity_id"), col("name"), col("type"), lit(period.label()).as("period"), col("period_start"),
            col("mentions"), col("articles"),
            coalesce(col("previous_mentions"), lit(0L)).as("previous_mentions"),
            coalesce(col("previous_articles"), lit(0L)).as("previous_articles"),
            col("mentions").minus(coalesce(col("previous_mentions"), lit(0L))).as("mention_change"),
            when(col("previous_mentions").gt(0),
                col("mentions").minus(col("previous_mentions")).divide(col("previous_mentions")))
                .as("mention_growth"));
  }
}
