package org.newsgraph.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params, factory);
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
