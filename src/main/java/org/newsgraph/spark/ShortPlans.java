package org.newsgraph.spark;

import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.sql.execution.LogicalRDD$;

/**
 * Gives a cached stage output a one-node query plan. Spark analyses, optimises and (for its
 * listener events, even with the UI off) prints every query's whole plan, and the plan of a
 * cached dataset nests the plans of all the cached datasets it was made from: by the write stage
 * that is the whole job, printed again at every adaptive re-plan. On 10,000 articles that driver
 * work was about 12 s of an 85 s run (docs/benchmarks.md).
 *
 * <p>The short plan reads the same cached blocks through the same RDD, so nothing is computed or
 * stored twice, and a lost block is rebuilt from the RDD's lineage as before (unlike a local
 * checkpoint, which fails the job when an executor dies). Its statistics and partitioning are
 * those of the original, so join planning sees real sizes. This is what Spark's own
 * Dataset.checkpoint does, minus the writing; the two calls it needs are Spark-internal (public
 * in bytecode), so a Spark upgrade may need this class changed: the unit tests cover it.
 */
public final class ShortPlans {
  private ShortPlans() {}

  /** The same rows as {@code cached} (which must be persisted), with a plan of one node. */
  public static Dataset<Row> of(Dataset<Row> cached) {
    org.apache.spark.sql.classic.Dataset<Row> ds = (org.apache.spark.sql.classic.Dataset<Row>) cached;
    RDD<InternalRow> rows = ds.queryExecution().toRdd();
    LogicalRDD plan = LogicalRDD$.MODULE$.fromDataset(rows, ds, false);
    return org.apache.spark.sql.classic.Dataset$.MODULE$.ofRows(ds.sparkSession(), plan);
  }
}
