package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

class NerModelTest {
  /** The tag probabilities are a softmax of the summed weights at the temperature, not OpenNLP's scaled ones. */
  @Test
  void scoresBecomeASoftmaxAtTheTemperature() {
    PerceptronModel weights = new PerceptronModel(new Context[] {
        new Context(new int[] {0, 1}, new double[] {30, 10}), new Context(new int[] {1, 2}, new double[] {5, -20})},
        new String[] {"x", "y"}, new String[] {"other", "PERSON-start", "PERSON-cont"});
    double[] scores = {30, 15, -20};
    for (double t : new double[] {1, 25, 1000}) {
      double[] p = new NerModel.SoftmaxPerceptron(weights, t).eval(new String[] {"x", "y", "unknown"});
      double z = 0;
      for (double s : scores) {
        z += Math.exp(s / t);
      }
      for (int o = 0; o < 3; o++) {
        assertEquals(Math.exp(scores[o] / t) / z, p[o], 1e-12, "outcome " + o + " at temperature " + t);
      }
    }
    // OpenNLP divides by the largest score: the same best outcome, far flatter than at 1 or 25.
    double[] opennlp = weights.eval(new String[] {"x", "y", "unknown"});
    assertEquals(Math.exp(1) / (Math.exp(1) + Math.exp(0.5) + Math.exp(-20.0 / 30)), opennlp[0], 1e-12);
    assertTrue(new NerModel.SoftmaxPerceptron(weights, 25).eval(new String[] {"x", "y"})[0] > opennlp[0]);
  }

  /** train records the temperature; the model read back from its file decodes with it, or as OpenNLP does without. */
  @Test
  void theTemperatureTravelsInTheModelFile() throws Exception {
    Path dir = TestSpark.tempDir("ner-model-softmax");
    StringBuilder conll = new StringBuilder();
    String[][] people = {{"Peter", "Paris"}, {"Maria", "Berlin"}, {"John", "London"}, {"Anna", "Madrid"}};
    for (String[] p : people) {
      conll.append("-DOCSTART- -X- -X- O\n\n").append(p[0]).append(" NNP B-NP I-PER\nvisited VBD B-VP O\n")
          .append(p[1]).append(" NNP B-NP I-LOC\n. . O O\n\n");
    }
    Path train = Files.writeString(dir.resolve("train.conll"), conll.toString());
    String[] sentence = {"Maria", "visited", "Paris", "."};
    double[] probability = new double[3];
    int tags = 0;
    double[] temperatures = {0, 1e-3, 1e9};
    for (int i = 0; i < temperatures.length; i++) {
      Path file = dir.resolve("model-" + i + ".bin");
      NerTrainer.write(NerTrainer.train(List.of(train), "PERCEPTRON", 20, 0, null, List.of(), Map.of(), 1, List.of(),
          temperatures[i]), file);
      NerModel model = new NerModel(file);
      assertEquals(temperatures[i], model.softmaxTemperature());
      NameFinderME finder = new NameFinderME(model);
      Span[] found = finder.find(sentence);
      assertEquals(List.of("PERSON", "LOCATION"), List.of(found).stream().map(Span::getType).toList(), "temperature " + i);
      probability[i] = finder.probs(found)[0];
      tags = ((opennlp.tools.ml.model.MaxentModel) model.getArtifact("nameFinder.model")).getNumOutcomes();
      if (i == 0) {
        NameFinderME opennlp = new NameFinderME(new TokenNameFinderModel(file));
        assertEquals(probability[0], opennlp.probs(opennlp.find(sentence))[0], 0, "no temperature: OpenNLP's own");
      }
    }
    assertEquals(1.0, probability[1], 1e-9, "a cold softmax is sure of the best tag");
    assertEquals(3, tags, "other, PERSON-start, LOCATION-start");
    assertEquals(1.0 / 3, probability[2], 1e-6, "a hot one gives each tag the same");
    assertTrue(probability[0] > 1.0 / 3 && probability[0] < 0.9, "OpenNLP's scaled scores: " + probability[0]);

    assertThrows(IllegalArgumentException.class, () -> NerTrainer.train(List.of(train), "MAXENT", 20, 0, null,
        List.of(), Map.of(), 1, List.of(), 25), "maxent models give probabilities of their own");
  }

  /** A model whose manifest names a temperature that is not a positive number does not load. */
  @Test
  void aModelWithABadTemperatureFailsToLoadAndSaysWhy() throws Exception {
    Path dir = TestSpark.tempDir("ner-model-bad");
    Path file = dir.resolve("model.bin");
    Path train = Files.writeString(dir.resolve("train.conll"),
        "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP I-LOC\n. . O O\n\n");
    NerTrainer.write(NerTrainer.train(List.of(train), "PERCEPTRON", 5, 0, null, List.of(), Map.of(), 1, List.of(), 25), file);
    Path bad = dir.resolve("bad.bin");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          bytes = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
              .replace(NerModel.SOFTMAX_TEMPERATURE_PROPERTY + "=25.0", NerModel.SOFTMAX_TEMPERATURE_PROPERTY + "=-3")
              .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(bytes);
      }
    }
    Exception e = assertThrows(Exception.class, () -> new NerModel(bad));
    assertTrue(String.valueOf(e.getMessage()).contains(NerModel.SOFTMAX_TEMPERATURE_PROPERTY + " must be a positive number"),
        e.toString());
    assertEquals(25.0, new NerModel(file).softmaxTemperature(), "the untouched file loads");
  }
}
