package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Remembers the features of the generator inside it for each token of the sentence at hand. In a
 * window of two tokens either side, OpenNLP asks the generator inside for every token five times,
 * and its token and token-class generators lower-case the token each time (lower-casing took about
 * 9% of the name finder's time, docs/benchmarks.md). Only for generators whose features depend on
 * the sentence's tokens alone (not on earlier outcomes or documents). Like OpenNLP's own feature
 * cache, it takes a sentence to be the same while the token array is the same object. The
 * project's cluster generator keeps its own per-sentence features instead of relying on this
 * wrapper, so that models whose descriptors do not use the wrapper get them too.
 */
public final class SentenceCacheFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    Object inner = args.get("generator#0"); // OpenNLP builds the nested generator under this key
    if (!(inner instanceof AdaptiveFeatureGenerator generator)) {
      throw new InvalidFormatException("SentenceCacheFeatureGeneratorFactory needs one generator inside it");
    }
    return new Generator(generator);
  }

  static final class Generator implements AdaptiveFeatureGenerator {
    private final AdaptiveFeatureGenerator inner;
    private String[] sentence;
    private List<List<String>> featuresOf;

    Generator(AdaptiveFeatureGenerator inner) {
      this.inner = inner;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        sentence = tokens;
        featuresOf = new ArrayList<>(java.util.Collections.nCopies(tokens.length, (List<String>) null));
      }
      List<String> cached = featuresOf.get(index);
      if (cached == null) {
        cached = new ArrayList<>(2);
        inner.createFeatures(cached, tokens, index, previousOutcomes);
        featuresOf.set(index, cached);
      }
      features.addAll(cached);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
      inner.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
      inner.clearAdaptiveData();
      sentence = null;
      featuresOf = null;
    }
  }
}
