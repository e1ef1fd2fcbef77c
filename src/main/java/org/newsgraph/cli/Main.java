package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Entry point for bin/newsgraph and spark-submit. Parses arguments, validates them before any
 * Spark work, and maps failures to exit codes: 0 success, 2 bad arguments or configuration,
 * 1 anything else, always with a one-line reason on stderr.
 */
public final class Main {
  private Main() {}

  static final String USAGE = String.join("\n",
      "usage: newsgraph COMMAND [OPTIONS]",
      "  run        run the job: --input PATH... --output DIR [--format auto|jsonl|text|csv|tsv|parquet|warc]",
      "             [--config FILE] [--conf KEY=VALUE]... [--overwrite] [--incremental]",
      "  train-ner  train the NER model: [--train CONLL_FILE]... [--output MODEL] [--features XML|default]",
      "             [--algorithm PERCEPTRON|MAXENT|MAXENT_QN] [--iterations N] [--cutoff N] [--param NAME=VALUE]...",
      "             [--clusters FILE]... (from train-clusters or train-gazetteer) [--eval CONLL_FILE]...",
      "  train-clusters  word clusters for NER features from unlabeled text: --text PATH... --output FILE",
      "             [--k N] [--vector-size N] [--min-count N] [--seed S]",
      "  train-gazetteer  name classes for NER features: --gmb ZIP (GMB's annotations) or --gate JAR",
      "             (GATE ANNIE's name lists; --phrases: their whole entries) --output FILE",
      "  eval-ner   score the NER model: --gold FILE... (CoNLL-2003 or OpenNLP <START:type> format) [--model MODEL] [--json]",
      "  eval-topics  purity and NMI of the dominant topics against labels taken from article ids",
      "             (the part before the first '/', as in folder/file ids): --output DIR",
      "  eval-dedup precision and recall of duplicate detection on perturbed copies of real articles:",
      "             --articles DIR [--originals N] [--seed S] [--shingle-words N] [--bands B]",
      "             [--rows-per-band R] [--show-wrong THRESHOLD]",
      "  generate   write a generated benchmark corpus: --output DIR [--articles N] [--seed S] [--files F]",
      "  bench      measure throughput and scaling (docs/benchmarks.md): [--articles N] [--runs R] [--raw-only]",
      "             or two NER models' speed and tags in one JVM: --compare-models FIRST,SECOND --sentences CONLL [--rounds R]",
      "options and their defaults: docs/configuration.md");

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  static int execute(String[] argv, PrintStream out, PrintStream err) {
    if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help")) {
      out.println(USAGE);
      return argv.length == 0 ? 2 : 0;
    }
    List<String> rest = Arrays.asList(argv).subList(1, argv.length);
    try {
      switch (argv[0]) {
        case "run":
          return RunCommand.run(Args.parse(rest, Set.of("overwrite", "incremental")), out);
        case "train-ner":
          return NerCommands.train(Args.parse(rest, Set.of()), out);
        case "eval-topics":
          return EvalCommands.run(Args.parse(rest, Set.of()), out);
        case "train-clusters":
          return EvalCommands.trainClusters(Args.parse(rest, Set.of()), out);
        case "train-gazetteer":
          return EvalCommands.trainGazetteer(Args.parse(rest, Set.of("phrases")), out);
        case "eval-dedup":
          return EvalCommands.dedup(Args.parse(rest, Set.of()), out);
        case "generate":
          return BenchCommands.generate(Args.parse(rest, Set.of()), out);
        case "bench":
          return BenchCommands.bench(Args.parse(rest, Set.of("raw-only")), out);
        case "eval-ner":
          return NerCommands.eval(Args.parse(rest, Set.of("json")), out);
        default:
          throw new ConfigException("unknown command '" + argv[0] + "'\n" + USAGE);
      }
    } catch (ConfigException e) {
      err.println("newsgraph: error: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("newsgraph: failed: " + oneLine(e));
      e.printStackTrace(err);
      return 1;
    }
  }

  private static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
    return root == e ? msg : msg + " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }
}
