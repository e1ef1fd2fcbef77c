package org.newsgraph.stats;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

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
    // The previous row of the same entity, when it is the period just before (not an earlier one
    // after a gap): one pass over the mentions, where a self-join of the counts read them twice.
    WindowSpec byEntity = Window.partitionBy("entity_id").orderBy("period_start");
    Column adjacent = lag("period_start", 1).over(byEntity).equalTo(period.previous(col("period_start")));
    Dataset<Row> withPrevious = counts
        .withColumn("previous_mentions", coalesce(when(adjacent, lag("mentions", 1).over(byEntity)), lit(0L)))
        .withColumn("previous_articles", coalesce(when(adjacent, lag("articles", 1).over(byEntity)), lit(0L)));
    return withPrevious
        .join(entities.select("entity_id", "name", "type"), "entity_id")
        .select(col("entity_id"), col("name"), col("type"), lit(period.label()).as("period"), col("period_start"),
            col("mentions"), col("articles"), col("previous_mentions"), col("previous_articles"),
            col("mentions").minus(col("previous_mentions")).as("mention_change"),
            when(col("previous_mentions").gt(0),
                col("mentions").minus(col("previous_mentions")).divide(col("previous_mentions")))
                .as("mention_growth"));
  }
}
