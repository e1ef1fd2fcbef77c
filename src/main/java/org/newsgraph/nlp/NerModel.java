package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;

/**
 * A name-finder model as the job and eval-ner run it. Where the manifest names a softmax
 * temperature ({@link #SOFTMAX_TEMPERATURE_PROPERTY}, written by train-ner), the perceptron's
 * scores for a token's tags become probabilities by a softmax at that temperature before the beam
 * search weighs them: p(tag) ∝ exp(score / T). OpenNLP instead divides the scores by the largest of
 * them, so every token's tags come out about equally flat (the best at most 0.48 of nine) whether
 * the evidence is overwhelming or thin, and the beam search cannot tell a sure token from a doubtful
 * one. Held out this gained on eng.testa and on both folds of eng.train (docs/ner.md, "Softmax
 * decoding"). The weights are OpenNLP's; plain OpenNLP loads the same file and decodes it its own way.
 */
public class NerModel extends TokenNameFinderModel {
  /** The manifest property: the softmax temperature, in units of the perceptron's scores. */
  public static final String SOFTMAX_TEMPERATURE_PROPERTY = "newsgraph-softmax-temperature";
  private static final String MODEL_ENTRY = "nameFinder.model";

  public NerModel(InputStream in) throws IOException {
    super(in);
  }

  public NerModel(Path file) throws IOException {
    super(file);
  }

  @Override
  protected void validateArtifactMap() throws InvalidFormatException {
    super.validateArtifactMap();
    String t = getManifestProperty(SOFTMAX_TEMPERATURE_PROPERTY);
    if (t != null && !(softmaxTemperature(t) > 0 && getArtifact(MODEL_ENTRY) instanceof PerceptronModel)) {
      throw new InvalidFormatException("the model's " + SOFTMAX_TEMPERATURE_PROPERTY + " must be a positive number"
          + " on a perceptron model, got " + t + " on " + getArtifact(MODEL_ENTRY).getClass().getSimpleName()
          + "; train the model again with bin/newsgraph train-ner");
    }
  }

  private static double softmaxTemperature(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** The softmax temperature the model decodes with, or 0 where it decodes as OpenNLP does. */
  public double softmaxTemperature() {
    String t = getManifestProperty(SOFTMAX_TEMPERATURE_PROPERTY);
    return t == null ? 0 : softmaxTemperature(t);
  }

  @Override
  public SequenceClassificationModel getNameFinderSequenceModel() {
    double t = softmaxTemperature();
    if (t == 0) {
      return super.getNameFinderSequenceModel();
    }
    String beam = getManifestProperty("BeamSize");
    return new BeamSearch(beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam),
        new SoftmaxPerceptron(getArtifact(MODEL_ENTRY), t));
  }

  /** A perceptron's weights with a softmax at a fixed temperature over its scores. */
  static final class SoftmaxPerceptron implements MaxentModel {
    private final PerceptronModel model;
    private final Map<String, Context> weights;
    private final double temperature;

    @SuppressWarnings("unchecked")
    SoftmaxPerceptron(PerceptronModel model, double temperature) {
      this.model = model;
      this.weights = (Map<String, Context>) model.getDataStructures()[1];
      this.temperature = temperature;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[model.getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      return eval(context, null, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return eval(context, values, new double[model.getNumOutcomes()]);
    }

    private double[] eval(String[] context, float[] values, double[] probs) {
      Arrays.fill(probs, 0);
      for (int f = 0; f < context.length; f++) {
        Context c = weights.get(context[f]);
        if (c != null) {
          double value = values == null ? 1 : values[f];
          int[] outcomes = c.getOutcomes();
          double[] w = c.getParameters();
          for (int i = 0; i < outcomes.length; i++) {
            probs[outcomes[i]] += w[i] * value;
          }
        }
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double s : probs) {
        max = Math.max(max, s);
      }
      double sum = 0;
      for (int o = 0; o < probs.length; o++) {
        probs[o] = Math.exp((probs[o] - max) / temperature);
        sum += probs[o];
      }
      for (int o = 0; o < probs.length; o++) {
        probs[o] /= sum;
      }
      return probs;
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
      return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
      return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return model.getNumOutcomes();
    }
  }
}
