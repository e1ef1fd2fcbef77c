package org.newsgraph.job;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Sums task metrics over the run for the manifest: shuffle written, memory and disk spills, and
 * per job stage (the job group {@code NewsgraphJob.stage} sets) the tasks' running time and CPU
 * time. Running time minus CPU time is what the tasks spent off the CPU: waiting for the JIT
 * compiler's and the garbage collector's threads on the same cores, in collector pauses, or on I/O
 * (docs/benchmarks.md reads the NER stage's figures).
 */
final class RunMetrics extends SparkListener {
  final AtomicLong shuffleWriteBytes = new AtomicLong();
  final AtomicLong spillDiskBytes = new AtomicLong();
  final AtomicLong peakExecutionMemory = new AtomicLong();
  private final Map<Integer, String> stageGroup = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> runMillis = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> cpuNanos = new ConcurrentHashMap<>();

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    String group = jobStart.properties() == null ? null : jobStart.properties().getProperty("spark.jobGroup.id");
    if (group == null) {
      return;
    }
    // A shuffle stage reused by a later job keeps the group of the job that ran it.
    scala.jdk.javaapi.CollectionConverters.asJava(jobStart.stageIds())
        .forEach(id -> stageGroup.putIfAbsent((Integer) id, group));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    TaskMetrics m = taskEnd.taskMetrics();
    if (m == null) {
      return;
    }
    shuffleWriteBytes.addAndGet(m.shuffleWriteMetrics().bytesWritten());
    spillDiskBytes.addAndGet(m.diskBytesSpilled());
    peakExecutionMemory.accumulateAndGet(m.peakExecutionMemory(), Math::max);
    String group = stageGroup.get(taskEnd.stageId());
    if (group != null) {
      runMillis.computeIfAbsent(group, g -> new AtomicLong()).addAndGet(m.executorRunTime());
      cpuNanos.computeIfAbsent(group, g -> new AtomicLong()).addAndGet(m.executorCpuTime());
    }
  }

  /** Seconds the stage's tasks ran, summed over tasks (two tasks at once for 10 s make 20). */
  Map<String, Double> taskSeconds() {
    Map<String, Double> out = new TreeMap<>();
    runMillis.forEach((g, v) -> out.put(g, v.get() / 1e3));
    return out;
  }

  /** CPU seconds of the stage's task threads, summed over tasks. */
  Map<String, Double> taskCpuSeconds() {
    Map<String, Double> out = new TreeMap<>();
    cpuNanos.forEach((g, v) -> out.put(g, v.get() / 1e9));
    return out;
  }
}
