package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.bench.CorpusGenerator;

/** bin/newsgraph generate and bench: benchmark corpora and figures (plain Java; bench starts Spark in child JVMs). */
final class BenchCommands {
  private BenchCommands() {}

  private static final Path HOME = Path.of(System.getProperty("newsgraph.home", "."));

  static int generate(Args args, PrintStream out) throws Exception {
    long articles = Long.parseLong(args.one("articles", "10000"));
    long seed = Long.parseLong(args.one("seed", "42"));
    int files = args.positiveInt("files", (int) Math.max(1, articles / 50_000));
    int minSentences = args.positiveInt("min-sentences", 6);
    int maxSentences = args.positiveInt("max-sentences", 40);
    String output = args.one("output", null);
    args.rejectUnknown();
    if (output == null) {
      throw new ConfigException("generate needs --output DIR");
    }
    if (articles <= 0 || maxSentences < minSentences) {
      throw new ConfigException("generate needs --articles > 0 and --max-sentences >= --min-sentences");
    }
    long t0 = System.nanoTime();
    new CorpusGenerator(seed, minSentences, maxSentences).write(Path.of(output), articles, files);
    out.printf(Locale.ROOT, "wrote %d articles in %d files to %s in %.1f s%n", articles, files, output,
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }

  static int bench(Args args, PrintStream out) throws Exception {
    String compare = args.one("compare-models", null);
    if (compare != null) {
      String sentences = args.one("sentences", null);
      int rounds = args.positiveInt("rounds", 5);
      // The job benchmark's options mean nothing here: say so rather than ignore them.
      for (String jobOption : java.util.List.of("articles", "runs", "raw-articles", "output")) {
        if (args.one(jobOption, null) != null) {
          throw new ConfigException("--" + jobOption + " is an option of the job benchmark, not of --compare-models");
        }
      }
      if (args.flag("raw-only")) {
        throw new ConfigException("--raw-only is an option of the job benchmark, not of --compare-models");
      }
      args.rejectUnknown();
      return compareModels(compare, sentences, rounds, out);
    }
    for (String compareOption : java.util.List.of("sentences", "rounds")) {
      if (args.one(compareOption, null) != null) {
        throw new ConfigException("--" + compareOption + " goes with --compare-models FIRST,SECOND");
      }
    }
    long articles = Long.parseLong(args.one("articles", "20000"));
    int runs = args.positiveInt("runs", 3);
    int raw = args.positiveInt("raw-articles", 2000);
    Path output = Path.of(args.one("output", HOME.resolve("target/bench").toString()));
    boolean rawOnly = args.flag("raw-only");
    args.rejectUnknown();
    String jvmFlags = System.getProperty("newsgraph.jvmFlags");
    if (jvmFlags == null) {
      throw new ConfigException("bench starts Spark in child JVMs: run it through bin/newsgraph bench");
    }
    new Benchmark(new Benchmark.Settings(articles, runs, raw, output, HOME, jvmFlags, rawOnly), out).run();
    return 0;
  }

  /** bench --compare-models FIRST,SECOND --sentences CONLL: two NER models' speed and tags, in one JVM. */
  private static int compareModels(String compare, String sentences, int rounds, PrintStream out) throws Exception {
    String[] models = compare.split(",");
    if (models.length != 2 || sentences == null) {
      throw new ConfigException("--compare-models needs two model files, FIRST,SECOND, and --sentences CONLL_FILE "
          + "(e.g. ../shared/data/ner/conll2003/eng.train)");
    }
    for (String f : new String[] {models[0], models[1], sentences}) {
      if (!Files.isRegularFile(Path.of(f))) {
        throw new ConfigException(f + " is not a file");
      }
    }
    org.newsgraph.bench.ModelComparison.Result r = org.newsgraph.bench.ModelComparison.compare(
        Path.of(models[0]), Path.of(models[1]), Path.of(sentences), rounds);
    org.newsgraph.bench.ModelComparison.print(Path.of(models[0]), Path.of(models[1]), r, out);
    return 0;
  }
}
