package org.newsgraph.job;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Sums task metrics over the run for the manifest: shuffle written, and memory and disk spills. */
final class RunMetrics extends SparkListener {
  final AtomicLong shuffleWriteBytes = new AtomicLong();
  final AtomicLong spillDiskBytes = new AtomicLong();
  final AtomicLong peakExecutionMemory = new AtomicLong();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    TaskMetrics m = taskEnd.taskMetrics();
    if (m == null) {
      return;
    }
    shuffleWriteBytes.addAndGet(m.shuffleWriteMetrics().bytesWritten());
    spillDiskBytes.addAndGet(m.diskBytesSpilled());
    peakExecutionMemory.accumulateAndGet(m.peakExecutionMemory(), Math::max);
  }
}
