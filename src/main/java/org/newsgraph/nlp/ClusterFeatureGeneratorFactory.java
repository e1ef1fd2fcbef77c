package org.newsgraph.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP's word-cluster feature ({@code <str name="dict">}, {@code <bool name="lowerCase">}),
 * with a serializer that works: in OpenNLP 2.5.11 WordClusterDictionary closes the model's zip
 * stream both when a model is written and when it is read, so a model with cluster features
 * can be neither saved nor loaded. Use this class in a feature descriptor instead of
 * WordClusterFeatureGeneratorFactory. The features are OpenNLP's, but each token is lower-cased and
 * looked up once per sentence rather than once per window position (see {@link Generator}).
 */
public final class ClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String name = getStr("dict");
    Object dict = resourceManager.getResource(name);
    if (!(dict instanceof WordClusterDictionary clusters)) {
      throw new InvalidFormatException("no word-cluster resource named '" + name + "' (train-ner --clusters FILE)");
    }
    return new Generator(clusters, name + getStr("separator", ""), getBool("lowerCase", false));
  }

  /**
   * The feature of OpenNLP's WordClusterFeatureGenerator (the resource name followed by the
   * token's cluster), remembered for the sentence at hand. A window of one token either side asks
   * for every token three times, and OpenNLP's generator lower-cased and looked it up each time
   * (lower-casing in all of OpenNLP's generators took about 9% of the name finder's time,
   * docs/benchmarks.md). Like OpenNLP's own feature cache, it takes a
   * sentence to be the same while the token array is the same object.
   */
  static final class Generator implements AdaptiveFeatureGenerator {
    private final WordClusterDictionary clusters;
    private final String prefix;
    private final boolean lowerCase;
    private String[] sentence;
    private String[] featureOf;

    /**
     * {@code prefix} is the resource's name and the descriptor's {@code separator}. OpenNLP writes
     * no separator, so that {@code clusters} with cluster 27 and {@code clusters2} with cluster 7
     * are one feature; the committed descriptor writes {@code clusters=27} and {@code clusters2=7}.
     */
    Generator(WordClusterDictionary clusters, String prefix, boolean lowerCase) {
      this.clusters = clusters;
      this.prefix = prefix;
      this.lowerCase = lowerCase;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        sentence = tokens;
        featureOf = new String[tokens.length];
      }
      String feature = featureOf[index];
      if (feature == null) {
        String cluster = clusters.lookupToken(lowerCase ? lowerCase(tokens[index]) : tokens[index]);
        feature = cluster == null ? "" : prefix + cluster; // "": looked up, no cluster
        featureOf[index] = feature;
      }
      if (!feature.isEmpty()) {
        features.add(feature);
      }
    }

    @Override
    public void clearAdaptiveData() {
      sentence = null;
      featureOf = null;
    }
  }

  /**
   * OpenNLP's StringUtil.toLowerCase (Character.toLowerCase for each code point), without its stream
   * for the common case of a word in ASCII, which is returned as it is when it has no capital.
   */
  static String lowerCase(String token) {
    boolean capital = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= 128) {
        return StringUtil.toLowerCase(token);
      }
      capital |= c >= 'A' && c <= 'Z';
    }
    if (!capital) {
      return token;
    }
    char[] lower = new char[token.length()];
    for (int i = 0; i < lower.length; i++) {
      char c = token.charAt(i);
      lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(lower);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new Serializer());
  }

  /** The cluster lines as they are, without closing the stream around them. */
  public static final class Serializer implements ArtifactSerializer<Clusters> {
    public Serializer() {
      // OpenNLP makes serializers by reflection
    }

    @Override
    public Clusters create(InputStream in) throws IOException {
      return new Clusters(in.readAllBytes());
    }

    @Override
    public void serialize(Clusters artifact, OutputStream out) throws IOException {
      out.write(artifact.lines);
      out.flush();
    }
  }

  /** A WordClusterDictionary that keeps its lines so that they can be written back unchanged. */
  public static final class Clusters extends WordClusterDictionary {
    private final byte[] lines;

    public Clusters(byte[] lines) throws IOException {
      super(new ByteArrayInputStream(lines));
      this.lines = lines;
    }

    /** The lines as text (UTF-8), for readers other than OpenNLP's word lookup. */
    public String text() {
      return new String(lines, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void serialize(OutputStream out) throws IOException {
      out.write(lines);
      out.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
      return Serializer.class;
    }
  }
}
