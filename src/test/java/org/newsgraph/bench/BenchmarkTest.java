package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTest {
  @Test
  void readsTheJitTotalFromCiTimeOutput() {
    String log = "newsgraph 0.1.0 run ... succeeded\n\nAccumulated compiler times\n----------\n"
        + "  Total compilation time   :  61.734 s\n    C1 Compile Time:        9.000 s\n";
    assertEquals(61.734, Benchmark.jitSeconds(log), 1e-9);
    assertTrue(Double.isNaN(Benchmark.jitSeconds("no report here")));
  }

  @Test
  void sumsOnlyThePausesOfAGcLog() {
    List<String> lines = List.of(
        "[0.012s][info][gc] Using G1",
        "[1.500s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 5.250ms",
        "[2.100s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->120M(512M) 12.750ms",
        "[2.300s][info][gc] GC(2) Concurrent Mark Cycle 180.000ms",
        "[2.400s][info][gc] GC(2) Pause Remark 130M->130M(512M) 2.000ms");
    assertEquals(0.020, Benchmark.gcPauseSeconds(lines), 1e-9);
  }
}
