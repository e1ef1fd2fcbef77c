package org.newsgraph.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/** Trains the project's NER model with OpenNLP's trainer from CoNLL-2003-format files. */
public final class NerTrainer {
  private NerTrainer() {}

  /**
   * The model manifest's record of what it learned from: "name SHA-256" per training file, joined
   * by ", ", so that eval-ner can tell a score on training data (fit) from a held-out one.
   */
  public static final String TRAINING_DATA_PROPERTY = "newsgraph-training-data";
  /** The manifest's record of how many document orders the model's weights average (1: none). */
  public static final String ORDERS_PROPERTY = "newsgraph-training-orders";
  /** The manifest's record of how many views of the cluster files the model's weights average (1: none). */
  public static final String VIEWS_PROPERTY = "newsgraph-training-views";
  /** OpenNLP's artifact name for a name finder's classifier. */
  private static final String MODEL_ENTRY = "nameFinder.model";
  private static final Pattern TRAINING_ENTRY = Pattern.compile("(.+?) ([0-9a-f]{64})(?:, |$)");

  /**
   * @param featureDescriptor OpenNLP feature-generator XML; null for OpenNLP's default features.
   * @param clusters word-cluster files ("word cluster" lines, see {@link WordClusters}) that the
   *     descriptor's {@link ClusterFeatureGeneratorFactory} elements name "clusters", "clusters2",
   *     "clusters3", ... in this order; the model embeds them
   */
  public static NerModel train(List<Path> trainingFiles, String algorithm, int iterations,
      int cutoff, byte[] featureDescriptor, List<Path> clusters) throws IOException {
    return train(trainingFiles, algorithm, iterations, cutoff, featureDescriptor, clusters, java.util.Map.of(), 1);
  }

  /**
   * @param trainerParams further OpenNLP training parameters by name (e.g. L2Cost for MAXENT_QN)
   * @param orders how many perceptrons to train, on the documents in the files' order and then in
   *     orders - 1 shuffled orders (seeds 1, 2, ...), and average into one ({@link PerceptronAverage});
   *     1 for a single model. More than 1 needs the PERCEPTRON algorithm.
   */
  public static NerModel train(List<Path> trainingFiles, String algorithm, int iterations,
      int cutoff, byte[] featureDescriptor, List<Path> clusters, java.util.Map<String, String> trainerParams,
      int orders) throws IOException {
    return train(trainingFiles, algorithm, iterations, cutoff, featureDescriptor, clusters, trainerParams, orders,
        List.of(), 0);
  }

  /**
   * @param views none, or two or more disjoint sets of indexes (from 0) into {@code clusters}: then
   *     {@code orders} perceptrons are trained for each view, each seeing its own view's cluster
   *     files and the other views' as empty (files in no view are seen by all), and all of them
   *     are averaged into one model that carries every file. The model then scores a tag with the
   *     mean of models that learned from different word clusters (docs/ner.md, "Two views").
   * @param softmaxTemperature for a perceptron, the temperature of the softmax over its scores that
   *     {@link NerModel} decodes with, recorded in the manifest; 0 to decode as OpenNLP does
   */
  public static NerModel train(List<Path> trainingFiles, String algorithm, int iterations,
      int cutoff, byte[] featureDescriptor, List<Path> clusters, java.util.Map<String, String> trainerParams,
      int orders, List<List<Integer>> views, double softmaxTemperature) throws IOException {
    if ((orders > 1 || !views.isEmpty()) && !algorithm.equals("PERCEPTRON")) {
      throw new IllegalArgumentException("only perceptrons can be averaged over document orders or views, not " + algorithm);
    }
    if (softmaxTemperature < 0 || (softmaxTemperature > 0 && !algorithm.equals("PERCEPTRON"))) {
      throw new IllegalArgumentException("a softmax temperature is a positive number for a perceptron, not "
          + softmaxTemperature + " for " + algorithm);
    }
    java.util.Set<Integer> inViews = new java.util.HashSet<>();
    views.forEach(inViews::addAll);
    if (views.size() == 1 || inViews.size() != views.stream().mapToInt(List::size).sum()
        || inViews.stream().anyMatch(i -> i < 0 || i >= clusters.size()) || (!views.isEmpty() && featureDescriptor == null)) {
      throw new IllegalArgumentException("views must be two or more disjoint sets of the cluster files' indexes, got " + views);
    }
    Models.allowProjectExtensions();
    List<NameSample> samples = new java.util.ArrayList<>();
    for (Path file : trainingFiles) {
      samples.addAll(ConllReader.read(file));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    trainerParams.forEach(params::put);
    java.util.Map<String, Object> all = resources(clusters);
    TokenNameFinderModel first = null;
    List<AbstractModel> members = new java.util.ArrayList<>();
    for (List<Integer> view : views.isEmpty() ? List.of(List.<Integer>of()) : views) {
      java.util.Map<String, Object> seen = new java.util.HashMap<>(all);
      for (int i : inViews) {
        if (!view.contains(i)) {
          seen.put(clusterResource(i), new ClusterFeatureGeneratorFactory.Clusters(new byte[0]));
        }
      }
      // null type: the model learns the types named in the spans (PERSON, ORGANIZATION, ...).
      TokenNameFinderFactory factory = featureDescriptor == null ? new TokenNameFinderFactory()
          : new TokenNameFinderFactory(featureDescriptor, seen, new opennlp.tools.namefind.BioCodec());
      for (int order = 0; order < orders; order++) {
        List<NameSample> ordered = order == 0 ? samples : shuffledDocuments(samples, order);
        TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(ordered), params, factory);
        first = first == null ? model : first;
        members.add(model.getArtifact(MODEL_ENTRY));
      }
    }
    StringBuilder trainedOn = new StringBuilder();
    for (Path file : trainingFiles) {
      trainedOn.append(trainedOn.isEmpty() ? "" : ", ").append(file.getFileName()).append(' ').append(sha256(file));
    }
    Map<String, String> manifest = new LinkedHashMap<>();
    manifest.put(TRAINING_DATA_PROPERTY, trainedOn.toString());
    manifest.put(ORDERS_PROPERTY, Integer.toString(orders));
    manifest.put(VIEWS_PROPERTY, Integer.toString(Math.max(1, views.size())));
    if (softmaxTemperature > 0) {
      manifest.put(NerModel.SOFTMAX_TEMPERATURE_PROPERTY, Double.toString(softmaxTemperature));
    }
    // The first member saw the other views' files empty; the averaged model carries them all.
    return Recorded.of(first, members.size() == 1 ? null : PerceptronAverage.of(members),
        views.isEmpty() ? Map.of() : all, manifest);
  }

  /**
   * The samples with their documents (each begins at a sample that clears adaptive data, as
   * -DOCSTART- does) in a seeded random order; sentences keep their order within a document.
   */
  static List<NameSample> shuffledDocuments(List<NameSample> samples, long seed) {
    List<List<NameSample>> documents = new java.util.ArrayList<>();
    for (NameSample sample : samples) {
      if (sample.isClearAdaptiveDataSet() || documents.isEmpty()) {
        documents.add(new java.util.ArrayList<>());
      }
      documents.get(documents.size() - 1).add(sample);
    }
    java.util.Collections.shuffle(documents, new java.util.Random(seed));
    List<NameSample> out = new java.util.ArrayList<>(samples.size());
    documents.forEach(out::addAll);
    return out;
  }

  /** The training files a model's manifest lists, file name to SHA-256; empty for models without the record. */
  public static Map<String, String> trainingData(TokenNameFinderModel model) {
    Map<String, String> out = new LinkedHashMap<>();
    String value = model.getManifestProperty(TRAINING_DATA_PROPERTY);
    if (value != null) {
      // Read up to each digest, so that a file name may hold ", " itself.
      Matcher m = TRAINING_ENTRY.matcher(value);
      while (m.find()) {
        out.put(m.group(1), m.group(2));
      }
    }
    return out;
  }

  /** Hex SHA-256 of a file's bytes. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Models.sha256(in);
    }
  }

  /**
   * OpenNLP sets manifest properties and replaces artifacts only from inside a model class, so the
   * trained model is read back into one.
   */
  private static final class Recorded extends NerModel {
    private Recorded(byte[] serialized) throws IOException {
      super(new ByteArrayInputStream(serialized));
    }

    /**
     * @param classifier the name finder's classifier in place of the model's own; null keeps it
     * @param resources artifacts (cluster files) in place of the model's own, by name
     */
    static NerModel of(TokenNameFinderModel model, AbstractModel classifier, Map<String, Object> resources,
        Map<String, String> manifest) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      model.serialize(bytes);
      Recorded recorded = new Recorded(bytes.toByteArray());
      if (classifier != null) {
        recorded.artifactMap.put(MODEL_ENTRY, classifier);
      }
      recorded.artifactMap.putAll(resources);
      manifest.forEach(recorded::setManifestProperty);
      return recorded;
    }
  }

  private static java.util.Map<String, Object> resources(List<Path> clusters) throws IOException {
    java.util.Map<String, Object> out = new java.util.HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      out.put(clusterResource(i), new ClusterFeatureGeneratorFactory.Clusters(Files.readAllBytes(clusters.get(i))));
    }
    return out;
  }

  /** The resource name of the i-th (from 0) cluster file: clusters, clusters2, clusters3, ... */
  public static String clusterResource(int i) {
    return i == 0 ? "clusters" : "clusters" + (i + 1);
  }

  public static void write(TokenNameFinderModel model, Path out) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
  }
}
