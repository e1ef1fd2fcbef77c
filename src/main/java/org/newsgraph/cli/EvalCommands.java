package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.output.OutputWriter;
import org.newsgraph.topics.ClusterAgreement;

/**
 * bin/newsgraph eval-dedup (below) and eval-topics: how well the dominant topics of a run recover the sections of a
 * labelled corpus whose ids are "section/name" (a text folder of section folders, like BBC's).
 */
final class EvalCommands {
  private EvalCommands() {}

  static int run(Args args, PrintStream out) {
    String output = args.one("output", null);
    args.rejectUnknown();
    if (output == null) {
      throw new ConfigException("eval-topics needs --output DIR (the output of a run with topics)");
    }
    if (!Files.exists(Path.of(output, OutputWriter.SUCCESS)) || !Files.isDirectory(Path.of(output, "article_topics"))) {
      throw new ConfigException(output + " is not a complete newsgraph output with topic tables");
    }
    SparkSession spark = SparkSession.builder().appName("newsgraph-eval-topics").getOrCreate();
    try {
      ClusterAgreement agreement = new ClusterAgreement();
      // One row per (topic, label): at most k times the number of labels.
      for (Row r : spark.read().parquet(Path.of(output, "article_topics").toString())
          .selectExpr("cast(dominant_topic as string) as topic", "substring_index(article_id, '/', 1) as label")
          .groupBy("topic", "label").count().collectAsList()) {
        agreement.add(r.getString(0), r.getString(1), r.getLong(2));
      }
      out.printf(Locale.ROOT, "purity %.4f%nnmi    %.4f%n", agreement.purity(), agreement.nmi());
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** bin/newsgraph eval-dedup: precision and recall of duplicate detection on perturbed real articles. */
  static int dedup(Args args, PrintStream out) throws java.io.IOException {
    String articles = args.one("articles", null);
    int originals = args.positiveInt("originals", 750);
    long seed = Long.parseLong(args.one("seed", "7"));
    int shingleWords = args.positiveInt("shingle-words", 5);
    int bands = args.positiveInt("bands", 20);
    int rows = args.positiveInt("rows-per-band", 3);
    double show = Double.parseDouble(args.one("show-wrong", "0.7"));
    args.rejectUnknown();
    if (articles == null || !Files.isDirectory(Path.of(articles))) {
      throw new ConfigException("eval-dedup needs --articles DIR, a folder of .txt articles (e.g. ../shared/data/articles/bbc)");
    }
    org.newsgraph.bench.DedupEvaluation eval = new org.newsgraph.bench.DedupEvaluation(Path.of(articles), originals, seed);
    out.printf(Locale.ROOT, "%d articles: %d originals, %d perturbed copies (seed %d)%n", eval.size(),
        eval.size() - eval.copies(), eval.copies(), seed);
    SparkSession spark = SparkSession.builder().appName("newsgraph-eval-dedup").getOrCreate();
    try {
      org.newsgraph.bench.DedupEvaluation.print(eval.run(spark, java.util.List.of(0.4, 0.5, 0.6, 0.7, 0.8, 0.9),
          shingleWords, bands, rows), out);
      out.println("flagged pairs from different originals at threshold " + show + ":");
      eval.wrongPairs.getOrDefault(show, java.util.List.of()).forEach(p -> out.println("  " + p));
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** bin/newsgraph train-clusters: word clusters for the NER model from unlabeled text (see nlp.WordClusters). */
  static int trainClusters(Args args, PrintStream out) throws java.io.IOException {
    java.util.List<String> inputs = args.all("text", null);
    String output = args.one("output", null);
    int k = args.positiveInt("k", 500);
    int vectorSize = args.positiveInt("vector-size", 100);
    int minCount = args.positiveInt("min-count", 3);
    long seed = Long.parseLong(args.one("seed", "42"));
    args.rejectUnknown();
    if (inputs == null || inputs.isEmpty() || output == null) {
      throw new ConfigException("train-clusters needs --text PATH... (folders of .txt, CoNLL files, the GMB zip) and --output FILE");
    }
    java.util.List<Path> paths = new java.util.ArrayList<>();
    for (String i : inputs) {
      if (!Files.exists(Path.of(i))) {
        throw new ConfigException("--text " + i + " does not exist");
      }
      paths.add(Path.of(i));
    }
    long t0 = System.nanoTime();
    java.util.List<java.util.List<String>> sentences = org.newsgraph.nlp.WordClusters.sentences(paths);
    long tokens = sentences.stream().mapToLong(java.util.List::size).sum();
    out.printf(Locale.ROOT, "%d sentences, %d tokens read in %.0f s%n", sentences.size(), tokens, (System.nanoTime() - t0) / 1e9);
    SparkSession spark = SparkSession.builder().appName("newsgraph-train-clusters").getOrCreate();
    try {
      long words = org.newsgraph.nlp.WordClusters.train(spark, sentences, k, vectorSize, minCount, seed, Path.of(output));
      out.printf(Locale.ROOT, "wrote %d words in %d clusters to %s in %.0f s%n", words, k, output,
          (System.nanoTime() - t0) / 1e9);
    } finally {
      spark.stop();
    }
    return 0;
  }

  /**
   * bin/newsgraph train-gazetteer: name classes for the NER model, from GMB's annotations
   * (--gmb, nlp.NameGazetteer) or from GATE ANNIE's name lists (--gate, nlp.GateGazetteer; with
   * --phrases their whole entries, for nlp.PhraseGazetteerFeatureGeneratorFactory).
   */
  static int trainGazetteer(Args args, PrintStream out) throws java.io.IOException {
    String gmb = args.one("gmb", null);
    String gate = args.one("gate", null);
    String output = args.one("output", null);
    boolean phrases = args.flag("phrases");
    args.rejectUnknown();
    if (phrases && gate == null) {
      throw new ConfigException("train-gazetteer --phrases goes with --gate FILE: whole entries come from GATE's lists");
    }
    if ((gmb == null) == (gate == null) || output == null) {
      throw new ConfigException("train-gazetteer needs one of --gmb FILE (the GMB corpus zip, ner_dataset.csv.zip) or"
          + " --gate FILE (GATE's ANNIE plugin jar, uk.ac.gate.plugins:annie), and --output FILE");
    }
    long t0 = System.nanoTime();
    String source = gmb != null ? gmb : gate;
    if (!Files.isRegularFile(Path.of(source))) {
      throw new ConfigException(gmb != null
          ? "--gmb " + gmb + " is not a file (the GMB corpus zip, e.g. ../shared/data/ner/gmb/ner_dataset.csv.zip)"
          : "--gate " + gate + " is not a file (GATE's ANNIE plugin jar; bin/train-ner-model fetches it from Maven Central)");
    }
    java.util.Map<String, String> classes;
    String from;
    if (gmb != null) {
      java.util.List<java.util.List<org.newsgraph.nlp.GmbCorpus.Token>> sentences = org.newsgraph.nlp.GmbCorpus.read(Path.of(gmb));
      if (sentences.isEmpty()) {
        throw new ConfigException("--gmb " + gmb + " holds no GMB sentences (a zip with a CSV \"Sentence #,Word,POS,Tag\")");
      }
      classes = org.newsgraph.nlp.NameGazetteer.classes(sentences);
      from = sentences.size() + " sentences";
    } else {
      try {
        classes = phrases ? org.newsgraph.nlp.GateGazetteer.phrases(Path.of(gate)) : org.newsgraph.nlp.GateGazetteer.classes(Path.of(gate));
      } catch (java.util.zip.ZipException e) {
        classes = java.util.Map.of();
      }
      if (classes.isEmpty()) {
        throw new ConfigException("--gate " + gate + " holds no GATE gazetteer lists (" + org.newsgraph.nlp.GateGazetteer.DEFINITIONS
            + "); give the ANNIE plugin jar, uk.ac.gate.plugins:annie:9.1");
      }
      from = phrases ? "GATE's lists (whole entries)" : "GATE's lists";
    }
    int words = org.newsgraph.nlp.NameGazetteer.write(classes, Path.of(output));
    out.printf(Locale.ROOT, "wrote %d %s with name classes from %s to %s in %.0f s%n", words, phrases ? "entries" : "words", from, output,
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
