package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

class ShortPlansTest {
  private final SparkSession spark = TestSpark.session();

  @Test
  void sameRowsThroughAOneNodePlanThatKeepsTheSizeForJoinPlanning() {
    Dataset<Row> cached = spark.range(0, 1000).toDF("id")
        .withColumn("key", col("id").mod(7))
        .join(spark.range(0, 7).toDF("key"), "key")
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      cached.count();
      Dataset<Row> shortPlan = ShortPlans.of(cached);

      assertInstanceOf(LogicalRDD.class,
          ((org.apache.spark.sql.classic.Dataset<Row>) shortPlan).queryExecution().analyzed());
      assertEquals(cached.schema(), shortPlan.schema());
      assertEquals(TestSpark.sortedRows(cached), TestSpark.sortedRows(shortPlan));
      // Used twice in one query (a self-join), as the job does with its stage outputs.
      assertEquals(1000, shortPlan.as("a").join(shortPlan.as("b"), col("a.id").equalTo(col("b.id"))).count());
      // The cache's real size, not Spark's "unknown" (Long.MAX_VALUE), so small sides get broadcast.
      long size = ((org.apache.spark.sql.classic.Dataset<Row>) shortPlan).queryExecution().optimizedPlan()
          .stats().sizeInBytes().longValue();
      assertTrue(size > 0 && size < 10_000_000, "size " + size);
    } finally {
      cached.unpersist(true);
    }
  }

  @Test
  void stillReadableAfterTheCacheIsReleasedByComputingFromLineage() {
    Dataset<Row> cached = spark.range(0, 50).toDF("id").withColumn("twice", col("id").multiply(2))
        .persist(StorageLevel.MEMORY_AND_DISK());
    cached.count();
    Dataset<Row> shortPlan = ShortPlans.of(cached);
    cached.unpersist(true);
    assertEquals(2450L, shortPlan.agg(org.apache.spark.sql.functions.sum("twice")).first().getLong(0));
  }
}
