package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Gazetteer features that match whole entries ({@code <str name="dict">}: the resource, made by
 * {@code train-gazetteer --gate JAR --phrases}): every span of the sentence of up to
 * {@link #MAX_WORDS} words is looked up, and each token of a span that is an entry gets the
 * entry's kinds with its place in it: U (a one-word entry), B, I, L (first, inside, last word).
 * Beside the word-level set ({@link GateGazetteer#classes}), which says only that "Bank" starts or
 * continues some entry, this says that "Bank of England" is one. The resource has the word-cluster
 * format with the entry's words joined by {@link #JOINER} ("Bank_of_England org"), so it is
 * stored in the model like the cluster sets.
 */
public final class PhraseGazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  /** Longer entries are never matched (a few hundred of GATE's, mostly long company names). */
  static final int MAX_WORDS = 6;
  public static final String JOINER = "_";

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String name = getStr("dict");
    Object dict = resourceManager.getResource(name);
    if (!(dict instanceof ClusterFeatureGeneratorFactory.Clusters clusters)) {
      throw new InvalidFormatException("no gazetteer resource named '" + name + "' (train-ner --clusters FILE)");
    }
    // Parsed once per loaded model, not once per name finder: the job makes a name finder per partition.
    return new Generator(name, TABLES.computeIfAbsent(clusters, c -> new Table(c.text())));
  }

  /** Parsed entry tables by resource object (identity), dropped with the model that holds them. */
  private static final Map<ClusterFeatureGeneratorFactory.Clusters, Table> TABLES =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new ClusterFeatureGeneratorFactory.Serializer());
  }

  /** The entries ("Bank_of_England" → {"org"}) and the words that start one; read-only once built. */
  static final class Table {
    final Map<String, String[]> entries = new HashMap<>();
    final Set<String> firstWords = new HashSet<>();

    Table(String lines) {
      for (String line : lines.split("\n")) {
        int space = line.lastIndexOf(' ');
        if (space <= 0) {
          continue;
        }
        String phrase = line.substring(0, space);
        entries.put(phrase, line.substring(space + 1).split("\\+"));
        int cut = phrase.indexOf(JOINER);
        firstWords.add(cut < 0 ? phrase : phrase.substring(0, cut));
      }
    }
  }

  /** One per name finder (it keeps the current sentence's matches), over a shared table. */
  static final class Generator implements AdaptiveFeatureGenerator {
    private final String prefix;
    private final Map<String, String[]> entries;
    private final Set<String> firstWords;
    private String[] sentence;
    private List<List<String>> features;

    Generator(String name, Table table) {
      this.prefix = name + "=";
      this.entries = table.entries;
      this.firstWords = table.firstWords;
    }

    @Override
    public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
      // Called once per token of a sentence, with the same array: match the sentence once.
      if (tokens != sentence) {
        sentence = tokens;
        features = match(tokens);
      }
      out.addAll(features.get(index));
    }

    private List<List<String>> match(String[] tokens) {
      List<List<String>> out = new ArrayList<>(tokens.length);
      for (int i = 0; i < tokens.length; i++) {
        out.add(new ArrayList<>(2));
      }
      for (int s = 0; s < tokens.length; s++) {
        if (!firstWords.contains(tokens[s])) {
          continue;
        }
        StringBuilder key = new StringBuilder();
        for (int len = 1; len <= MAX_WORDS && s + len <= tokens.length; len++) {
          if (len > 1) {
            key.append(JOINER);
          }
          key.append(tokens[s + len - 1]);
          String[] kinds = entries.get(key.toString());
          if (kinds == null) {
            continue;
          }
          for (int i = s; i < s + len; i++) {
            String place = len == 1 ? "U" : i == s ? "B" : i == s + len - 1 ? "L" : "I";
            for (String kind : kinds) {
              out.get(i).add(prefix + kind + "-" + place);
            }
          }
        }
      }
      return out;
    }
  }
}
