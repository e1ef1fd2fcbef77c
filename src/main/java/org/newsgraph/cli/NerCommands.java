package org.newsgraph.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.nlp.ConllReader;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Models;
import org.newsgraph.nlp.NerEvaluation;
import org.newsgraph.nlp.NerModel;
import org.newsgraph.nlp.NerScorer;
import org.newsgraph.nlp.NerTrainer;

/** bin/newsgraph train-ner and eval-ner: no Spark, plain OpenNLP. */
final class NerCommands {
  private NerCommands() {}

  /** Defaults are relative to the project folder (bin/newsgraph sets newsgraph.home). */
  private static final Path HOME = Path.of(System.getProperty("newsgraph.home", "."));
  static final String DEFAULT_TRAIN = HOME.resolve("../shared/data/ner/conll2003/eng.train").normalize().toString();
  static final String DEFAULT_MODEL_OUT = HOME.resolve("src/main/resources/" + Models.NER_RESOURCE).toString();
  static final String DEFAULT_FEATURES = HOME.resolve("src/main/resources/models/ner-features.xml").toString();

  static int train(Args args, PrintStream out) throws IOException {
    List<Path> train = paths(args.all("train", DEFAULT_TRAIN));
    Path output = Path.of(args.one("output", DEFAULT_MODEL_OUT));
    int iterations = args.positiveInt("iterations", 300);
    int cutoff = args.intAtLeast("cutoff", 0, 0);
    String algorithm = args.one("algorithm", "PERCEPTRON");
    // The committed recipe averages perceptrons trained on the documents in several orders (docs/ner.md).
    int orders = args.positiveInt("orders", 1);
    // A perceptron's scores become tag probabilities by a softmax at this temperature (docs/ner.md,
    // "Softmax decoding"); 0 decodes as OpenNLP does. Maxent models give probabilities of their own.
    double temperature = args.numberAtLeast("softmax-temperature", algorithm.equals("PERCEPTRON") ? 25 : 0, 0);
    String features = args.one("features", DEFAULT_FEATURES);
    List<String> eval = args.all("eval", null);
    // Only a descriptor with cluster features (ner-features-clusters.xml) needs cluster files; the
    // first --clusters is its resource "clusters", the second "clusters2", and so on. A gazetteer
    // (train-gazetteer) has the same "word class" format and is passed the same way.
    List<String> clusters = args.all("clusters", null);
    java.util.Map<String, String> trainerParams =
        args.pairs("param", "NAME=VALUE (an OpenNLP training parameter, e.g. L2Cost=0.5)");
    // Each --view-clusters I,J names the --clusters files (from 1) of one view (docs/ner.md, "Two views").
    List<List<Integer>> views = new java.util.ArrayList<>();
    for (String view : args.all("view-clusters", null)) {
      views.add(viewIndexes(view, clusters.size()));
    }
    args.rejectUnknown();
    if (views.size() == 1) {
      throw new ConfigException("--view-clusters " + args.all("view-clusters", null).get(0)
          + " is one view; give two or more (--view-clusters 1,2 --view-clusters 6,7), or none");
    }
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (List<Integer> view : views) {
      for (int i : view) {
        if (!seen.add(i)) {
          throw new ConfigException("--clusters file " + (i + 1) + " is in two --view-clusters; each file belongs to one view");
        }
      }
    }
    if (!views.isEmpty() && !algorithm.equals("PERCEPTRON")) {
      throw new ConfigException("--view-clusters averages perceptrons; it needs --algorithm PERCEPTRON, not " + algorithm);
    }
    if (orders > 1 && !algorithm.equals("PERCEPTRON")) {
      throw new ConfigException("--orders " + orders + " averages perceptrons; it needs --algorithm PERCEPTRON, not "
          + algorithm + " (or leave --orders out)");
    }
    if (temperature > 0 && !algorithm.equals("PERCEPTRON")) {
      throw new ConfigException("--softmax-temperature turns a perceptron's scores into probabilities; " + algorithm
          + " models have their own: leave it out");
    }
    for (String c : clusters) {
      if (!Files.isRegularFile(Path.of(c))) {
        throw new ConfigException("--clusters " + c + " is not a file (make one with bin/newsgraph train-clusters or train-gazetteer)");
      }
    }
    long t0 = System.nanoTime();
    // --features default uses OpenNLP's built-in feature set.
    byte[] descriptor = features.equals("default") ? null : Files.readAllBytes(paths(List.of(features)).get(0));
    TokenNameFinderModel model = NerTrainer.train(train, algorithm, iterations, cutoff, descriptor,
        clusters.stream().map(Path::of).toList(), trainerParams, orders, views, temperature);
    NerTrainer.write(model, output);
    out.printf(Locale.ROOT, "trained %s in %.0f s from %s%s (%d bytes)%n", output,
        (System.nanoTime() - t0) / 1e9, train, (orders == 1 && views.isEmpty()) ? ""
            : ", " + orders + " document orders" + (views.isEmpty() ? "" : " x " + views.size() + " views") + " averaged",
        Files.size(output));
    for (Path gold : paths(eval)) {
      report(gold, NerEvaluation.evaluate(model, readGold(gold)), isTrainingData(model, gold), out);
    }
    return 0;
  }

  static int eval(Args args, PrintStream out) throws IOException {
    List<Path> gold = paths(args.all("gold", null));
    String modelPath = args.one("model", null);
    boolean json = args.flag("json");
    args.rejectUnknown();
    if (gold.isEmpty()) {
      throw new ConfigException("eval-ner needs --gold FILE (CoNLL-2003 format)");
    }
    TokenNameFinderModel model;
    if (modelPath == null) {
      model = Models.get().names;
    } else {
      try (InputStream in = new FileInputStream(modelPath)) {
        Models.allowProjectExtensions();
        model = new NerModel(in);
      }
    }
    for (Path g : gold) {
      NerScorer scorer = NerEvaluation.evaluate(model, readGold(g));
      boolean trainedOn = isTrainingData(model, g);
      if (json) {
        out.println(toJson(g, scorer, trainedOn));
      } else {
        report(g, scorer, trainedOn, out);
      }
    }
    return 0;
  }

  /**
   * A gold file that cannot be read is the user's to mend: say which line and why, without a stack
   * trace. Runtime exceptions count too: OpenNLP rejects overlapping or malformed names with them.
   */
  private static List<opennlp.tools.namefind.NameSample> readGold(Path gold) {
    try {
      return ConllReader.readGold(gold);
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() != null ? e.getMessage() : e.toString();
      throw new ConfigException("cannot read gold file " + gold + ": " + why
          + "\n(eval-ner reads CoNLL-2003-style columns with the tag last, or OpenNLP's <START:type> ... <END> format)");
    }
  }

  /** "1,2" into the indexes 0 and 1, each naming one of the --clusters files. */
  private static List<Integer> viewIndexes(String view, int files) {
    List<Integer> out = new java.util.ArrayList<>();
    for (String part : view.split(",")) {
      int n;
      try {
        n = Integer.parseInt(part.strip());
      } catch (NumberFormatException e) {
        n = 0;
      }
      if (n < 1 || n > files) {
        throw new ConfigException("--view-clusters " + view + ": each number names a --clusters file, 1 to " + files
            + " here (--view-clusters 1,2 for the first two)");
      }
      out.add(n - 1);
    }
    return out;
  }

  /** Whether the model's manifest lists this very file (same bytes) among its training data. */
  static boolean isTrainingData(TokenNameFinderModel model, Path gold) throws IOException {
    Map<String, String> trainedOn = NerTrainer.trainingData(model);
    return !trainedOn.isEmpty() && trainedOn.containsValue(NerTrainer.sha256(gold));
  }

  /**
   * One JSON object per gold file: overall and per-type precision, recall, F1 and counts;
   * training_data is true when the model learned from this file.
   */
  static String toJson(Path gold, NerScorer scorer, boolean trainingData) throws IOException {
    Map<String, Object> root = new java.util.LinkedHashMap<>();
    root.put("gold", gold.toString());
    root.put("training_data", trainingData);
    root.put("overall", counts(scorer.overall()));
    Map<String, Object> types = new java.util.LinkedHashMap<>();
    scorer.byType().forEach((t, c) -> types.put(t, counts(c)));
    root.put("types", types);
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(root);
  }

  private static Map<String, Object> counts(NerScorer.Counts c) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("precision", c.precision());
    m.put("recall", c.recall());
    m.put("f1", c.f1());
    m.put("tp", c.truePositives);
    m.put("fp", c.falsePositives);
    m.put("fn", c.falseNegatives);
    return m;
  }

  private static void report(Path gold, NerScorer scorer, boolean trainingData, PrintStream out) {
    out.println("gold: " + gold);
    if (trainingData) {
      out.println("note: the model was trained on this file (its manifest lists it): these scores measure how "
          + "well it fits its own training data, not accuracy on unseen text (held-out figures: docs/ner.md)");
    }
    out.printf(Locale.ROOT, "%-14s %9s %9s %9s %7s %7s %7s%n", "type", "precision", "recall", "f1", "tp", "fp", "fn");
    for (Map.Entry<String, NerScorer.Counts> e : scorer.byType().entrySet()) {
      line(out, e.getKey(), e.getValue());
    }
    line(out, "ALL", scorer.overall());
    List<String> unknown = new ArrayList<>();
    for (String type : scorer.byType().keySet()) {
      if (!isModelType(type)) {
        unknown.add(type);
      }
    }
    if (!unknown.isEmpty()) {
      out.println("note: the job does not tag " + String.join(", ", unknown)
          + "; those gold names count as missed in ALL (the other types' own lines are unaffected)");
    }
  }

  /** The model's four types and the values the job finds by pattern (DATE, MONEY, PERCENT). */
  private static boolean isModelType(String type) {
    for (EntityType t : EntityType.values()) {
      if (t.name().equals(type)) {
        return true;
      }
    }
    return false;
  }

  private static void line(PrintStream out, String name, NerScorer.Counts c) {
    out.printf(Locale.ROOT, "%-14s %9.4f %9.4f %9.4f %7d %7d %7d%n", name, c.precision(), c.recall(), c.f1(),
        c.truePositives, c.falsePositives, c.falseNegatives);
  }

  private static List<Path> paths(List<String> values) {
    List<Path> out = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        Path p = Path.of(v);
        if (!Files.isRegularFile(p)) {
          throw new ConfigException("file not found: " + v);
        }
        out.add(p);
      }
    }
    return out;
  }
}
