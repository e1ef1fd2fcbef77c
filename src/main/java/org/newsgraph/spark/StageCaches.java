package org.newsgraph.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/** The one way the job persists data: memory, then disk, and listed for release when the run ends. */
public final class StageCaches {
  private StageCaches() {}

  /** {@code rows} persisted (memory, then disk) and added to {@code caches}, for the caller to unpersist. */
  public static Dataset<Row> persisted(Dataset<Row> rows, List<Dataset<?>> caches) {
    Dataset<Row> persisted = rows.persist(StorageLevel.MEMORY_AND_DISK());
    caches.add(persisted);
    return persisted;
  }
}
