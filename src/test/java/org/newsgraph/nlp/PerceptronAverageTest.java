package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

class PerceptronAverageTest {
  /** Weights are matched by outcome name, not index, and a feature one member lacks counts as 0 there. */
  @Test
  void weightsAreTheMeanByFeatureAndOutcomeName() {
    PerceptronModel a = new PerceptronModel(new Context[] {
        new Context(new int[] {0, 1}, new double[] {2, 4}), new Context(new int[] {1}, new double[] {6})},
        new String[] {"x", "y"}, new String[] {"O", "B-PER"});
    PerceptronModel b = new PerceptronModel(new Context[] {
        new Context(new int[] {0}, new double[] {2}), new Context(new int[] {1}, new double[] {8})},
        new String[] {"x", "z"}, new String[] {"B-PER", "O"});
    PerceptronModel mean = PerceptronAverage.of(List.of(a, b));
    assertEquals(Map.of("O", 1.0, "B-PER", 3.0), weights(mean, "x"));
    assertEquals(Map.of("B-PER", 3.0), weights(mean, "y"));
    assertEquals(Map.of("O", 4.0), weights(mean, "z"));
    assertEquals(weights(a, "x"), weights(PerceptronAverage.of(List.of(a, a)), "x"), "a model averaged with itself");

    GISModel maxent = new GISModel(new Context[] {new Context(new int[] {0}, new double[] {1})},
        new String[] {"x"}, new String[] {"O"});
    assertThrows(IllegalArgumentException.class, () -> PerceptronAverage.of(List.of(a, maxent)));
  }

  /** Each document's sentences stay together and in order; every sentence is there once. */
  @Test
  void documentsAreShuffledWholeAndBySeed() {
    List<NameSample> samples = new ArrayList<>();
    for (int doc = 0; doc < 6; doc++) {
      for (int s = 0; s < 3; s++) {
        samples.add(new NameSample(new String[] {"d" + doc, "s" + s}, new Span[0], s == 0));
      }
    }
    List<NameSample> shuffled = NerTrainer.shuffledDocuments(samples, 1);
    assertEquals(new HashSet<>(samples), new HashSet<>(shuffled));
    assertEquals(samples.size(), shuffled.size());
    for (int i = 0; i < shuffled.size(); i += 3) {
      String doc = shuffled.get(i).getSentence()[0];
      for (int s = 0; s < 3; s++) {
        assertEquals(List.of(doc, "s" + s), List.of(shuffled.get(i + s).getSentence()), "document " + doc + " whole");
      }
    }
    assertTrue(!shuffled.equals(samples), "seed 1 moves the six documents");
    assertEquals(shuffled, NerTrainer.shuffledDocuments(samples, 1), "the same seed, the same order");
  }

  /** train with two orders writes one model that loads, finds names and says what it averages. */
  @Test
  void aModelAveragedOverTwoOrdersLoadsAndFindsNames() throws Exception {
    Path dir = TestSpark.tempDir("perceptron-average");
    Path train = fourDocuments(dir);
    TokenNameFinderModel model = NerTrainer.train(List.of(train), "PERCEPTRON", 20, 0, null, List.of(), Map.of(), 2);
    Path file = dir.resolve("model.bin");
    NerTrainer.write(model, file);
    TokenNameFinderModel loaded = new TokenNameFinderModel(file);
    assertEquals("2", loaded.getManifestProperty(NerTrainer.ORDERS_PROPERTY));
    Span[] found = new NameFinderME(loaded).find(new String[] {"Maria", "visited", "Paris", "."});
    assertEquals(List.of("PERSON", "LOCATION"), List.of(found).stream().map(Span::getType).toList());
    assertThrows(IllegalArgumentException.class,
        () -> NerTrainer.train(List.of(train), "MAXENT", 20, 0, null, List.of(), Map.of(), 2));
  }

  /**
   * Two views: each member sees one cluster file and the other empty, and the averaged model carries
   * both files and weights learned from both.
   */
  @Test
  void twoViewsAverageModelsThatLearnedFromDifferentClusters() throws Exception {
    Path dir = TestSpark.tempDir("perceptron-views");
    Path train = fourDocuments(dir);
    Path first = Files.writeString(dir.resolve("first.txt"), "peter 1\nmaria 1\nparis 2\nberlin 2\n");
    Path second = Files.writeString(dir.resolve("second.txt"), "john 7\nanna 7\nlondon 8\nmadrid 8\n");
    String cluster = "<generator class=\"org.newsgraph.nlp.ClusterFeatureGeneratorFactory\"><str name=\"dict\">%s</str>"
        + "<bool name=\"lowerCase\">true</bool></generator>";
    String descriptor = "<featureGenerators name=\"nameFinder\"><generator class=\"opennlp.tools.util.featuregen.AggregatedFeatureGeneratorFactory\">"
        + "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/>"
        + String.format(cluster, "clusters") + String.format(cluster, "clusters2") + "</generator></featureGenerators>";
    TokenNameFinderModel model = NerTrainer.train(List.of(train), "PERCEPTRON", 20, 0,
        descriptor.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(first, second), Map.of(), 2,
        List.of(List.of(0), List.of(1)), 0);
    Path file = dir.resolve("model.bin");
    NerTrainer.write(model, file);
    Models.allowProjectExtensions();
    TokenNameFinderModel loaded = new TokenNameFinderModel(file);
    assertEquals("2", loaded.getManifestProperty(NerTrainer.VIEWS_PROPERTY));
    opennlp.tools.util.featuregen.WordClusterDictionary carried = loaded.getArtifact("clusters2");
    assertEquals("8", carried.lookupToken("london"), "the second view's file, not the empty one its members did not see");
    AbstractModel classifier = loaded.getArtifact("nameFinder.model");
    @SuppressWarnings("unchecked")
    java.util.Set<String> features = ((Map<String, Context>) classifier.getDataStructures()[1]).keySet();
    assertTrue(features.contains("clusters2"), "a feature of the first view's cluster 2");
    assertTrue(features.contains("clusters27"), "a feature of the second view's cluster 7");
    assertEquals(List.of("PERSON", "LOCATION"), List.of(new NameFinderME(loaded).find(
        new String[] {"Anna", "visited", "Paris", "."})).stream().map(Span::getType).toList());
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.train(List.of(train), "PERCEPTRON", 20, 0,
        descriptor.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(first, second), Map.of(), 1,
        List.of(List.of(0), List.of(0, 1)), 0), "a file in two views");
  }

  /** Four one-sentence documents: a person visited a place. */
  private static Path fourDocuments(Path dir) throws java.io.IOException {
    StringBuilder conll = new StringBuilder();
    String[][] people = {{"Peter", "Paris"}, {"Maria", "Berlin"}, {"John", "London"}, {"Anna", "Madrid"}};
    for (String[] p : people) {
      conll.append("-DOCSTART- -X- -X- O\n\n").append(p[0]).append(" NNP B-NP I-PER\nvisited VBD B-VP O\n")
          .append(p[1]).append(" NNP B-NP I-LOC\n. . O O\n\n");
    }
    return Files.writeString(dir.resolve("train.conll"), conll.toString());
  }

  private static Map<String, Double> weights(AbstractModel model, String feature) {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Context context = ((Map<String, Context>) data[1]).get(feature);
    String[] outcomes = (String[]) data[2];
    Map<String, Double> out = new java.util.HashMap<>();
    for (int i = 0; i < context.getOutcomes().length; i++) {
      out.put(outcomes[context.getOutcomes()[i]], context.getParameters()[i]);
    }
    return out;
  }
}
