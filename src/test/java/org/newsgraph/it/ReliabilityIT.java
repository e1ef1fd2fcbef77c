package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.newsgraph.Corpora;
import org.newsgraph.TestSpark;

/** A run that dies half-way leaves the previous complete output in place, readable and whole. */
class ReliabilityIT {
  @Test
  void aKilledRunLeavesThePreviousOutput() throws Exception {
    Path work = TestSpark.tempDir("reliability");
    Path out = work.resolve("out");
    String bin = TestSpark.projectDir().resolve("bin/newsgraph").toString();
    Processes.Result first = Processes.run(List.of(bin, "run", "--output", out.toString()), work.resolve("first.log"), 600);
    assertEquals(0, first.exitCode(), first.output());
    SparkSession spark = TestSpark.session();
    List<String> before = TestSpark.sortedRows(spark.read().parquet(out.resolve("entities").toString()));
    String manifestBefore = Files.readString(out.resolve("run_manifest.json"));

    Path corpus = Corpora.replicateSample(work.resolve("corpus"), 120, 2);
    Path log = work.resolve("second.log");
    List<String> cmd = List.of(bin, "run", "--input", corpus.toString(), "--output", out.toString());
    Process second = Processes.start(cmd, log);
    try {
      StandaloneCluster.waitFor(log, "stage read done", 600);
      assertTrue(second.isAlive(), "the second run ended before it could be killed");
    } finally {
      second.descendants().forEach(ProcessHandle::destroyForcibly);
      second.destroyForcibly();
      second.waitFor();
    }
    assertTrue(Files.exists(out.resolve("_SUCCESS")), "the previous output is still marked complete");
    assertEquals(manifestBefore, Files.readString(out.resolve("run_manifest.json")));
    assertEquals(before, TestSpark.sortedRows(spark.read().parquet(out.resolve("entities").toString())));
    assertEquals(34, spark.read().parquet(out.resolve("articles").toString()).count());

    // The next run cleans up what the killed one left and replaces the output.
    Processes.Result third = Processes.run(List.of(bin, "run", "--output", out.toString()), work.resolve("third.log"), 600);
    assertEquals(0, third.exitCode(), third.output());
    try (var names = Files.list(out)) {
      assertTrue(names.noneMatch(p -> p.getFileName().toString().startsWith("_staging")));
    }
  }
}
