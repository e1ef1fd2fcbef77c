package org.newsgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsgraph.entities.EntityNormalizer;
import org.newsgraph.nlp.ArticleAnnotator;
import org.newsgraph.nlp.Models;

/**
 * bin/newsgraph bench: the figures of docs/benchmarks.md, from one command on one machine.
 * Raw single-thread OpenNLP throughput in this JVM; then the job through spark-submit in child
 * JVMs (local[1], local[1] held to one CPU, local[2], with and without LDA) on a generated corpus, read back from their run
 * manifests, with wall time and peak resident memory (VmHWM) of each child. Prints a Markdown
 * report and writes it to OUT/results.md. Ratios are taken within one invocation.
 */
public final class Benchmark {
  private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

  /** What to run; rawOnly skips the Spark runs. */
  public record Settings(long articles, int runs, int rawArticles, Path out, Path home, String jvmFlags,
      boolean rawOnly) {}

  private final Settings s;
  private final PrintStream log;
  private final List<String> report = new ArrayList<>();

  public Benchmark(Settings settings, PrintStream log) {
    this.s = settings;
    this.log = log;
  }

  public void run() throws Exception {
    Files.createDirectories(s.out());
    line("# newsgraph benchmark");
    line("");
    line("- date: " + Instant.now() + "; machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version"));
    line("- corpus: " + s.articles() + " generated articles (seed 42); " + s.runs() + " runs per configuration");
    line("- garbage collector: raw runs " + ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).toList() + ", job runs " + Arrays.stream(s.jvmFlags().trim().split("\\s+"))
        .filter(f -> f.startsWith("-XX:+Use") && f.endsWith("GC")).toList());
    line("- transparent huge pages (NEWSGRAPH_HUGE_PAGES): raw runs "
        + (ManagementFactory.getRuntimeMXBean().getInputArguments().contains(HUGE_PAGES) ? "on" : "off")
        + ", job runs " + (Arrays.asList(s.jvmFlags().trim().split("\\s+")).contains(HUGE_PAGES) ? "on" : "off"));
    line("");
    rawTwoThreads(rawThroughput());
    if (s.rawOnly()) {
      Files.write(s.out().resolve("results.md"), report);
      return;
    }
    Path corpus = corpus("main", s.articles(), 6, 40);
    List<Map<String, Double>> one = jobRuns("local[1]", corpus, false, s.runs(), false);
    // local[1] alone on a two-core machine has the second core for its JIT and GC threads, which
    // local[2] must share: held to one CPU, it is what one core gives (Linux, taskset).
    List<Map<String, Double>> oneCpu = TASKSET.isEmpty() ? List.of() : jobRuns("local[1]", corpus, false, s.runs(), true);
    List<Map<String, Double>> two = jobRuns("local[2]", corpus, false, s.runs(), false);
    List<Map<String, Double>> lda = jobRuns("local[2]", corpus, true, 1, false);
    line("");
    line("## Spark against raw OpenNLP");
    line("");
    line("| figure | min | median | max |");
    line("|---|---|---|---|");
    row("NER stage, local[1], tokens/s per core", one, "ner_tokens_per_core_second");
    row("raw OpenNLP, one thread, just before and after each local[1] run, tokens/s", one, "raw_tokens_per_second");
    if (!oneCpu.isEmpty()) {
      row("NER stage, local[1] held to one CPU, tokens/s per core", oneCpu, "ner_tokens_per_core_second");
    }
    row("NER stage, local[2], tokens/s per core", two, "ner_tokens_per_core_second");
    row("raw OpenNLP, one thread, just before and after each local[2] run, tokens/s", two, "raw_tokens_per_second");
    row("end-to-end without LDA, local[2], tokens/s per core", two, "e2e_tokens_per_core_second");
    double nerOne = median(one, "ner_tokens_per_core_second");
    double nerTwo = median(two, "ner_tokens_per_core_second");
    line("");
    line("Each run's ratio to raw is to the mean of a raw pass just before it and one just after it (the machine's "
        + "speed drifts); the figures are the medians of the runs' ratios.");
    line("");
    line(String.format(Locale.ROOT, "- NER stage per core / raw single thread: local[1] **%.2f**, local[2] **%.2f** (target >= 0.9)",
        median(one, "ner_to_raw"), median(two, "ner_to_raw")));
    line(String.format(Locale.ROOT, "- local[2] / local[1] NER stage throughput: **%.2f** (target >= 1.8); %.2f with each "
        + "against the raw around it", 2 * nerTwo / nerOne, 2 * median(two, "ner_to_raw") / median(one, "ner_to_raw")));
    if (!oneCpu.isEmpty()) {
      double nerOneCpu = median(oneCpu, "ner_tokens_per_core_second");
      line(String.format(Locale.ROOT, "- local[2] / local[1] held to one CPU: **%.2f** (one core to two; local[1] on one CPU "
          + "runs its NER stage at %.2f of raw, its JIT and GC threads now on the same core)", 2 * nerTwo / nerOneCpu,
          median(oneCpu, "ner_to_raw")));
    } else {
      line("- local[1] held to one CPU: not measured (needs Linux's taskset)");
    }
    line(String.format(Locale.ROOT, "- end-to-end without LDA per core / raw: **%.2f** (target >= 0.75)", median(two, "e2e_to_raw")));
    line("");
    line("## Where the NER stage's time goes (medians over runs)");
    line("");
    line("A run's NER ratio to raw is the product of three figures: the share of the cores' time the stage's task threads "
        + "were on a CPU (the rest: no task yet or any more at the stage's start and end, the JIT compiler's and the "
        + "collector's threads on the same cores, collector pauses); the tokens the tasks tagged per second of their CPU "
        + "time against the raw pass's per second of its CPU time (Spark's row handling, and the annotator's own speed in "
        + "a busier JVM); divided by the raw pass's own share of its CPU (below 1 when the machine takes the CPU away).");
    line("");
    line("| configuration | task slots busy | task threads on CPU | tokens per task CPU-second | raw tokens per CPU-second | "
        + "task CPU speed / raw | raw on CPU | NER / raw |");
    line("|---|---|---|---|---|---|---|---|");
    shareRow("local[1]", one);
    if (!oneCpu.isEmpty()) {
      shareRow("local[1] on one CPU", oneCpu);
    }
    shareRow("local[2]", two);
    line("");
    line("## Per-stage seconds (median run)");
    line("");
    line("| configuration | wall | list | read | dedup | ner | entities | cooccurrence | lda | write | shuffle MB | spill MB | peak RSS MB | JIT s | GC pause s |");
    line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    stageRow("local[1], no LDA", medianRun(one));
    if (!oneCpu.isEmpty()) {
      stageRow("local[1] on one CPU, no LDA", medianRun(oneCpu));
    }
    stageRow("local[2], no LDA", medianRun(two));
    stageRow("local[2], LDA k=20", lda.get(0));
    Path peer = corpus("peer", 1000, 36, 36);
    Map<String, Double> peerRun = jobRuns("local[2]", peer, false, 1, false).get(0);
    line("");
    line("## Same-shaped workload as Spark NLP's published CPU figure");
    line("");
    line(String.format(Locale.ROOT, "1,000 generated articles of %.0f tokens on average, local[2], whole job without LDA: "
        + "**%.1f s** wall, NER stage %.1f s (Spark NLP NerDL pipeline: 256 s for 1,000 texts of about 500 tokens on 2 cores).",
        peerRun.get("tokens") / peerRun.get("articles"), peerRun.get("wall"), peerRun.get("ner")));
    Files.write(s.out().resolve("results.md"), report);
    log.println("written: " + s.out().resolve("results.md"));
  }

  /** Sentences, tokens and NER in one thread, after a warm-up pass, on generated articles. */
  private double rawThroughput() {
    CorpusGenerator g = new CorpusGenerator(42, 6, 40);
    for (int i = 0; i < s.rawArticles(); i++) {
      rawTexts.add(g.article(i)[2]);
    }
    long t0 = System.nanoTime();
    rawAnnotator = new ArticleAnnotator(Models.get());
    double load = (System.nanoTime() - t0) / 1e9;
    for (String t : rawTexts) {
      rawTokens += rawAnnotator.annotate(t).tokens(); // warm-up: JIT
    }
    double[] rates = new double[s.runs()];
    double[] cpuRates = new double[s.runs()];
    for (int r = 0; r < s.runs(); r++) {
      RawPass pass = rawPass();
      rates[r] = pass.tokensPerSecond();
      cpuRates[r] = pass.tokensPerCpuSecond();
    }
    Arrays.sort(rates);
    Arrays.sort(cpuRates);
    double median = rates[rates.length / 2];
    line("## Raw OpenNLP, one thread");
    line("");
    line(String.format(Locale.ROOT, "%d articles, %d tokens (sentences + tokens + NER + entity resolution), model load %.1f s:",
        rawTexts.size(), rawTokens, load));
    line(String.format(Locale.ROOT, "tokens/s min %.0f, median **%.0f**, max %.0f; articles/s median %.0f",
        rates[0], median, rates[rates.length - 1], median * rawTexts.size() / rawTokens));
    line(String.format(Locale.ROOT, "per second of the thread's CPU time: median %.0f tokens (wall/CPU %.2f: below 1 when "
        + "something took the CPU away from the thread)", cpuRates[cpuRates.length / 2], median / cpuRates[cpuRates.length / 2]));
    return median;
  }

  private final List<String> rawTexts = new ArrayList<>();
  private ArticleAnnotator rawAnnotator;
  private long rawTokens;

  /**
   * One raw pass: tokens per second of wall time, and per second of this thread's CPU time (the
   * two differ by what took the CPU away from the thread: the JIT and the collector, or the
   * machine's other tenants).
   */
  record RawPass(double tokensPerSecond, double tokensPerCpuSecond) {}

  /** One timed pass of the raw pipeline over the raw articles (after rawThroughput's warm-up). */
  private RawPass rawPass() {
    EntityNormalizer normalizer = new EntityNormalizer(Map.of());
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (String t : rawTexts) {
      normalizer.resolve(rawAnnotator.annotate(t).mentions());
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    return new RawPass(rawTokens / wall, rawTokens / cpu);
  }

  /**
   * Two threads, each with its own annotator, on the same articles: what the hardware gives a
   * second core (two vCPUs may share one physical core), the fair yardstick for local[2].
   */
  private void rawTwoThreads(double oneThread) throws InterruptedException {
    CorpusGenerator g = new CorpusGenerator(42, 6, 40);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < s.rawArticles(); i++) {
      texts.add(g.article(i)[2]);
    }
    long[] tokens = new long[2];
    double[] seconds = new double[2];
    Thread[] threads = new Thread[2];
    for (int t = 0; t < 2; t++) {
      int id = t;
      threads[t] = new Thread(() -> {
        ArticleAnnotator annotator = new ArticleAnnotator(Models.get());
        EntityNormalizer normalizer = new EntityNormalizer(Map.of());
        for (String text : texts) {
          annotator.annotate(text); // warm-up
        }
        long start = System.nanoTime();
        for (int r = 0; r < s.runs(); r++) {
          for (String text : texts) {
            ArticleAnnotator.Annotation a = annotator.annotate(text);
            normalizer.resolve(a.mentions());
            tokens[id] += a.tokens();
          }
        }
        seconds[id] = (System.nanoTime() - start) / 1e9;
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double total = tokens[0] / seconds[0] + tokens[1] / seconds[1];
    line(String.format(Locale.ROOT, "two threads at once: %.0f tokens/s in all, **%.2f x** one thread "
        + "(the hardware's own scaling from one core to two)", total, total / oneThread));
  }

  private Path corpus(String name, long articles, int minSentences, int maxSentences) throws IOException {
    Path dir = s.out().resolve("corpus-" + name + "-" + articles);
    if (!Files.exists(dir.resolve("_DONE"))) {
      long t0 = System.nanoTime();
      new CorpusGenerator(42, minSentences, maxSentences).write(dir, articles, (int) Math.max(2, articles / 50_000));
      Files.writeString(dir.resolve("_DONE"), "");
      log.printf(Locale.ROOT, "generated %d articles in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
    }
    return dir;
  }

  /** Linux's taskset, where it is on the PATH: it holds a child JVM to one CPU. */
  private static final List<String> TASKSET = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
      .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "taskset")).filter(Files::isExecutable).findFirst()
      .map(t -> List.of(t.toString(), "--cpu-list", "0")).orElse(List.of());

  /** @param oneCpu run the child JVM on CPU 0 only (the JVM then sizes its GC and JIT threads for one CPU) */
  private List<Map<String, Double>> jobRuns(String master, Path corpus, boolean lda, int runs, boolean oneCpu)
      throws Exception {
    List<Map<String, Double>> out = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      out.add(jobRun(master, corpus, lda, oneCpu));
    }
    return out;
  }

  private Map<String, Double> jobRun(String master, Path corpus, boolean lda, boolean oneCpu) throws Exception {
    Path output = s.out().resolve("output");
    List<String> cmd = new ArrayList<>(oneCpu ? TASKSET : List.of());
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(s.jvmFlags().trim().split("\\s+")));
    // CITime prints the JIT compilers' total time at exit; the GC log gives the pauses.
    Path gcLog = s.out().resolve("last-run-gc.log");
    cmd.addAll(List.of("-XX:+CITime", "-Xlog:gc:file=" + gcLog));
    cmd.addAll(List.of("-Xmx4g", "-Dlog4j2.configurationFile=" + s.home().resolve("conf/log4j2.properties"),
        // the jar beside OpenNLP on the classpath, as bin/newsgraph does (docs/cluster.md)
        "-cp", s.home().resolve("target/newsgraph-0.1.0-cluster.jar") + java.io.File.pathSeparator
            + Files.readString(s.home().resolve("target/classpath.txt")).trim(),
        "org.apache.spark.deploy.SparkSubmit", "--master", master,
        "--properties-file", s.home().resolve("conf/spark-local.conf").toString(),
        "--conf", "spark.ui.showConsoleProgress=false",
        "--class", "org.newsgraph.cli.Main", s.home().resolve("target/newsgraph-0.1.0-cluster.jar").toString(),
        "run", "--config", s.home().resolve("conf/newsgraph.properties").toString(), "--input", corpus.toString(),
        "--output", output.toString(), "--overwrite", "--conf", "topics.enabled=" + lda));
    // This machine's speed drifts by 10% and more within minutes: each run is compared with raw
    // passes just before and just after it, not with the raw figure from the start of the bench.
    RawPass rawBefore = rawPass();
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(s.out().resolve("last-run.log").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    long t0 = System.nanoTime();
    Process p = pb.start();
    long peakKb = 0;
    while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
      peakKb = Math.max(peakKb, vmHwmKb(p.pid()));
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    RawPass rawAfter = rawPass();
    double rawAround = (rawBefore.tokensPerSecond() + rawAfter.tokensPerSecond()) / 2;
    double rawCpuAround = (rawBefore.tokensPerCpuSecond() + rawAfter.tokensPerCpuSecond()) / 2;
    if (p.exitValue() != 0) {
      throw new IllegalStateException("benchmark run failed, see " + s.out().resolve("last-run.log"));
    }
    JsonNode m = new ObjectMapper().readTree(output.resolve("run_manifest.json").toFile());
    int cores = master.equals("local[1]") ? 1 : 2;
    double tokens = m.get("tokens").asDouble();
    Map<String, Double> r = new java.util.HashMap<>();
    r.put("wall", wall);
    r.put("tokens", tokens);
    r.put("articles", m.get("articles_processed").asDouble());
    m.get("stage_seconds").fields().forEachRemaining(e -> r.put(e.getKey(), e.getValue().asDouble()));
    r.put("ner_tokens_per_core_second", tokens / r.get("ner") / cores);
    r.put("e2e_tokens_per_core_second", tokens / wall / cores);
    r.put("raw_tokens_per_second", rawAround);
    r.put("ner_to_raw", r.get("ner_tokens_per_core_second") / rawAround);
    r.put("e2e_to_raw", r.get("e2e_tokens_per_core_second") / rawAround);
    // ner_to_raw = ner_cpu_share x ner_cpu_speed_to_raw / raw_cpu_share: off the CPU, or slower on it.
    double taskSeconds = m.path("stage_task_seconds").path("ner").asDouble(Double.NaN);
    double taskCpuSeconds = m.path("stage_task_cpu_seconds").path("ner").asDouble(Double.NaN);
    r.put("ner_task_share", taskSeconds / (cores * r.get("ner")));
    r.put("ner_cpu_share", taskCpuSeconds / (cores * r.get("ner")));
    r.put("ner_tokens_per_cpu_second", tokens / taskCpuSeconds);
    r.put("raw_tokens_per_cpu_second", rawCpuAround);
    r.put("ner_cpu_speed_to_raw", r.get("ner_tokens_per_cpu_second") / rawCpuAround);
    r.put("raw_cpu_share", rawAround / rawCpuAround);
    r.put("shuffle_mb", m.get("shuffle_write_bytes").asDouble() / 1e6);
    r.put("spill_mb", m.get("spill_disk_bytes").asDouble() / 1e6);
    r.put("peak_rss_mb", peakKb / 1024.0);
    r.put("jit_s", jitSeconds(Files.readString(s.out().resolve("last-run.log"))));
    r.put("gc_pause_s", gcPauseSeconds(Files.readAllLines(gcLog)));
    log.printf(Locale.ROOT, "%s%s lda=%s: wall %.1f s, ner %.1f s, %.0f tokens/s per core, %.2f of raw (%.0f tokens/s "
        + "around it)%n", master, oneCpu ? " on one CPU" : "", lda, wall, r.get("ner"), r.get("ner_tokens_per_core_second"),
        r.get("ner_to_raw"), rawAround);
    return r;
  }

  private static final java.util.regex.Pattern JIT_TOTAL =
      java.util.regex.Pattern.compile("Total compilation time\\s*:\\s*([0-9.]+) s");
  private static final java.util.regex.Pattern GC_PAUSE = java.util.regex.Pattern.compile("Pause.* ([0-9.]+)ms$");

  /** The JIT compilers' total time from -XX:+CITime's report (compiler threads, summed; NaN if absent). */
  static double jitSeconds(String log) {
    java.util.regex.Matcher m = JIT_TOTAL.matcher(log);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /** The sum of stop-the-world pauses in a -Xlog:gc log, in seconds. */
  static double gcPauseSeconds(List<String> lines) {
    double ms = 0;
    for (String l : lines) {
      java.util.regex.Matcher m = GC_PAUSE.matcher(l.trim());
      if (m.find()) {
        ms += Double.parseDouble(m.group(1));
      }
    }
    return ms / 1000;
  }

  /** Peak resident set of a process, from /proc (0 where there is none). */
  private static long vmHwmKb(long pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException ignored) {
      // the process has just ended
    }
    return 0;
  }

  private void row(String name, List<Map<String, Double>> runs, String key) {
    double[] v = runs.stream().mapToDouble(r -> r.get(key)).sorted().toArray();
    line(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |", name, v[0], v[v.length / 2], v[v.length - 1]));
  }

  private void shareRow(String name, List<Map<String, Double>> runs) {
    line(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f | %.2f |", name,
        median(runs, "ner_task_share"), median(runs, "ner_cpu_share"), median(runs, "ner_tokens_per_cpu_second"),
        median(runs, "raw_tokens_per_cpu_second"), median(runs, "ner_cpu_speed_to_raw"), median(runs, "raw_cpu_share"),
        median(runs, "ner_to_raw")));
  }

  private void stageRow(String name, Map<String, Double> r) {
    line(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f |",
        name, r.get("wall"), r.get("list"), r.get("read"), r.get("dedup"), r.get("ner"), r.get("entities"),
        r.get("cooccurrence"), r.containsKey("lda") ? String.format(Locale.ROOT, "%.1f", r.get("lda")) : "-",
        r.get("write"), r.get("shuffle_mb"), r.get("spill_mb"), r.get("peak_rss_mb"), r.get("jit_s"), r.get("gc_pause_s")));
  }

  private static double median(List<Map<String, Double>> runs, String key) {
    double[] v = runs.stream().mapToDouble(r -> r.get(key)).sorted().toArray();
    return v[v.length / 2];
  }

  private static Map<String, Double> medianRun(List<Map<String, Double>> runs) {
    List<Map<String, Double>> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingDouble(r -> r.get("wall")));
    return sorted.get(sorted.size() / 2);
  }

  private void line(String text) {
    report.add(text);
    log.println(text);
  }
}
