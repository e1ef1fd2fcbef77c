package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * One perceptron whose weights are the mean of several perceptrons' weights (parameter mixing).
 * A perceptron's scores are sums of weights, so the mean model scores every outcome with the mean
 * of the members' scores, at the cost of one model. Members trained on the same data in different
 * orders differ by 0.5 F1 and more; their mean scores above their average (docs/ner.md).
 */
public final class PerceptronAverage {
  private PerceptronAverage() {}

  /**
   * @param members perceptrons over the same outcomes (in any order); a feature a member lacks
   *     weighs 0 in it
   */
  public static PerceptronModel of(List<? extends AbstractModel> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("no models to average");
    }
    List<String> outcomes = new ArrayList<>();
    for (AbstractModel member : members) {
      if (member.getModelType() != AbstractModel.ModelType.Perceptron) {
        throw new IllegalArgumentException("only perceptrons average into one model, not " + member.getModelType());
      }
      for (String name : (String[]) member.getDataStructures()[2]) {
        if (!outcomes.contains(name)) {
          outcomes.add(name);
        }
      }
    }
    // Sorted, so that the same members always give the same file.
    Map<String, double[]> sums = new TreeMap<>();
    for (AbstractModel member : members) {
      Object[] data = member.getDataStructures();
      @SuppressWarnings("unchecked")
      Map<String, Context> features = (Map<String, Context>) data[1];
      String[] names = (String[]) data[2];
      int[] index = new int[names.length];
      for (int o = 0; o < names.length; o++) {
        index[o] = outcomes.indexOf(names[o]);
      }
      for (Map.Entry<String, Context> feature : features.entrySet()) {
        double[] sum = sums.computeIfAbsent(feature.getKey(), k -> new double[outcomes.size()]);
        int[] outs = feature.getValue().getOutcomes();
        double[] weights = feature.getValue().getParameters();
        for (int i = 0; i < outs.length; i++) {
          sum[index[outs[i]]] += weights[i];
        }
      }
    }
    String[] labels = sums.keySet().toArray(new String[0]);
    Context[] params = new Context[labels.length];
    for (int p = 0; p < labels.length; p++) {
      double[] sum = sums.get(labels[p]);
      int nonZero = 0;
      for (int o = 0; o < outcomes.size(); o++) {
        nonZero += sum[o] != 0 ? 1 : 0;
      }
      int[] outs = new int[nonZero];
      double[] weights = new double[nonZero];
      int i = 0;
      for (int o = 0; o < outcomes.size(); o++) {
        if (sum[o] != 0) {
          outs[i] = o;
          weights[i++] = sum[o] / members.size();
        }
      }
      params[p] = new Context(outs, weights);
    }
    return new PerceptronModel(params, labels, outcomes.toArray(new String[0]));
  }
}
