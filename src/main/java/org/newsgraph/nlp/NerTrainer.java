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
  private static final Pattern TRAINING_ENTRY = Pattern.compile("(.+?) ([0-9a-f]{64})(?:, |$)");

  /**
   * @param featureDescriptor OpenNLP feature-generator XML; null for OpenNLP's default features.
   * @param clusters word-cluster files ("word cluster" lines, see {@link WordClusters}) that the
   *     descriptor's {@link ClusterFeatureGeneratorFactory} elements name "clusters", "clusters2",
   *     "clusters3", ... in this order; the model embeds them
   */
  public static TokenNameFinderModel train(List<Path> trainingFiles, String algorithm, int iterations,
      int cutoff, byte[] featureDescriptor, List<Path> clusters) throws IOException {
    return train(trainingFiles, algorithm, iterations, cutoff, featureDescriptor, clusters, java.util.Map.of());
  }

  /** @param trainerParams further OpenNLP training parameters by name (e.g. L2Cost for MAXENT_QN) */
  public static TokenNameFinderModel train(List<Path> trainingFiles, String algorithm, int iterations,
      int cutoff, byte[] featureDescriptor, List<Path> clusters, java.util.Map<String, String> trainerParams)
      throws IOException {
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
    // null type: the model learns the types named in the spans (PERSON, ORGANIZATION, ...).
    TokenNameFinderFactory factory = featureDescriptor == null ? new TokenNameFinderFactory()
        : new TokenNameFinderFactory(featureDescriptor, resources(clusters), new opennlp.tools.namefind.BioCodec());
    TokenNameFinderModel model = NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params, factory);
    StringBuilder trainedOn = new StringBuilder();
    for (Path file : trainingFiles) {
      trainedOn.append(trainedOn.isEmpty() ? "" : ", ").append(file.getFileName()).append(' ').append(sha256(file));
    }
    return Recorded.of(model, TRAINING_DATA_PROPERTY, trainedOn.toString());
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

  /** OpenNLP sets manifest properties only from inside a model class, so the trained model is read back into one. */
  private static final class Recorded extends TokenNameFinderModel {
    private Recorded(byte[] serialized) throws IOException {
      super(new ByteArrayInputStream(serialized));
    }

    static TokenNameFinderModel of(TokenNameFinderModel model, String key, String value) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      model.serialize(bytes);
      Recorded recorded = new Recorded(bytes.toByteArray());
      recorded.setManifestProperty(key, value);
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
