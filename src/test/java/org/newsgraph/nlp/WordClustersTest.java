package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** Word clusters from text, in the format OpenNLP reads, and a NER model that embeds them. */
class WordClustersTest {
  static final String CONLL = "-DOCSTART- -X- -X- O\n\n"
      + "Peter NNP B-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP I-LOC\n. . O O\n\n"
      + "Maria NNP B-NP I-PER\nvisited VBD B-VP O\nBerlin NNP B-NP I-LOC\n. . O O\n\n"
      + "Peter NNP B-NP I-PER\nleft VBD B-VP O\nBerlin NNP B-NP I-LOC\n. . O O\n\n";

  @Test
  void clustersAreReadableByOpenNlpAndEmbeddedInTheModel() throws Exception {
    Path dir = TestSpark.tempDir("clusters");
    Path conll = Files.writeString(dir.resolve("train.conll"), CONLL);
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(texts.resolve("a.txt"), "Peter visited Paris. Maria visited Berlin.\nPeter left Paris.");
    List<List<String>> sentences = WordClusters.sentences(List.of(conll, texts));
    assertEquals(List.of("peter", "visited", "paris", "."), sentences.get(0), "CoNLL tokens, lower-cased");
    assertEquals(6, sentences.size(), "3 CoNLL sentences and 3 split from the text file");

    List<List<String>> corpus = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      corpus.addAll(sentences);
    }
    Path out = dir.resolve("clusters.txt");
    long words = WordClusters.train(TestSpark.session(), corpus, 2, 10, 1, 7, out);
    assertEquals(7, words, "peter visited paris . maria berlin left");
    WordClusterDictionary dict;
    try (InputStream in = Files.newInputStream(out)) {
      dict = new WordClusterDictionary(in);
    }
    for (String w : List.of("peter", "paris", "berlin", "visited")) {
      assertNotNull(dict.lookupToken(w), w + " has a cluster");
    }

    // The descriptor's cluster generator gets the file as resource "clusters"; the model must serialize.
    String descriptor = "<featureGenerators name=\"nameFinder\"><generator class=\"opennlp.tools.util.featuregen.AggregatedFeatureGeneratorFactory\">"
        + "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/>"
        + "<generator class=\"org.newsgraph.nlp.ClusterFeatureGeneratorFactory\">"
        + "<str name=\"dict\">clusters</str><bool name=\"lowerCase\">true</bool></generator></generator></featureGenerators>";
    TokenNameFinderModel model = NerTrainer.train(List.of(conll), "PERCEPTRON", 10, 0,
        descriptor.getBytes(StandardCharsets.UTF_8), List.of(out));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    Models.allowProjectExtensions();
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertTrue(new NameFinderME(loaded).find(new String[] {"Maria", "visited", "Paris", "."}).length > 0);
  }

  /**
   * The same text and seed give the same file, byte for byte, however many partitions Spark would
   * cut the input into (the cores of the machine): bin/train-ner-model must rebuild the committed model.
   */
  @Test
  void clustersAreTheSameInEveryRunOnEveryMachine() throws Exception {
    Path dir = TestSpark.tempDir("clusters-again");
    Random random = new Random(3);
    List<List<String>> corpus = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      List<String> sentence = new ArrayList<>();
      for (int w = 0; w < 12; w++) {
        sentence.add("w" + (int) Math.abs(random.nextGaussian() * 60));
      }
      corpus.add(sentence);
    }
    Path first = dir.resolve("first.txt");
    Path second = dir.resolve("second.txt");
    org.apache.spark.sql.SparkSession spark = TestSpark.session();
    String slices = "spark.sql.leafNodeDefaultParallelism"; // how many partitions a local table becomes
    try {
      spark.conf().set(slices, "1");
      long words = WordClusters.train(spark, corpus, 25, 20, 2, 11, first);
      assertTrue(words > 100, words + " words");
      spark.conf().set(slices, "3");
      WordClusters.train(spark, corpus, 25, 20, 2, 11, second);
    } finally {
      spark.conf().unset(slices);
    }
    assertEquals(Files.readString(first), Files.readString(second));
    // The file this text gives with the Java BLAS; a native libblas.so.3 (numpy installs one) gives
    // another, which is why WordClusters keeps Spark off it.
    assertFalse(org.apache.spark.ml.linalg.BLAS$.MODULE$.nativeBLAS() instanceof dev.ludovic.netlib.blas.NativeBLAS);
    try (InputStream in = Files.newInputStream(first)) {
      assertEquals("22e369dd58eeae0fa99f0123ea6389d000a06801e5190ea5a31545b0bbbb180a", Models.sha256(in), "the clusters of this text, as the Java BLAS makes them");
    }
  }

  /**
   * The project's cluster generator remembers each token's feature for the sentence at hand; it must
   * give OpenNLP's features, in a window as the descriptors use it, and forget a sentence when the
   * next one comes.
   */
  @Test
  void clusterFeaturesAreOpenNlpsAndFollowTheSentence() throws Exception {
    WordClusterDictionary dict = new ClusterFeatureGeneratorFactory.Clusters(
        "peter 1\nparis 2\nvisited 3\nBerlin 4\n".getBytes(StandardCharsets.UTF_8));
    for (boolean lowerCase : new boolean[] {true, false}) {
      AdaptiveFeatureGenerator ours = new WindowFeatureGenerator(
          new ClusterFeatureGeneratorFactory.Generator(dict, "clusters", lowerCase), 1, 1);
      AdaptiveFeatureGenerator theirs = new WindowFeatureGenerator(
          new WordClusterFeatureGenerator(dict, "clusters", lowerCase), 1, 1);
      for (String[] sentence : List.of(new String[] {"Peter", "visited", "PARIS", "and", "Berlin", "."},
          new String[] {"Berlin", "visited", "Peter"}, new String[] {"nobody"})) {
        for (int i = 0; i < sentence.length; i++) {
          List<String> a = new ArrayList<>();
          List<String> b = new ArrayList<>();
          ours.createFeatures(a, sentence, i, null);
          theirs.createFeatures(b, sentence, i, null);
          assertEquals(b, a, "lowerCase " + lowerCase + ", token " + i + " of " + String.join(" ", sentence));
        }
      }
    }
    for (String word : List.of("Paris", "paris", "PARIS", "U.S.", "10am", "", "ÉCOLE", "İstanbul", "ΣΟΦΙΑ", "Straße")) {
      assertEquals(StringUtil.toLowerCase(word), ClusterFeatureGeneratorFactory.lowerCase(word), word);
    }
    List<String> features = new ArrayList<>();
    new ClusterFeatureGeneratorFactory.Generator(dict, "clusters", true)
        .createFeatures(features, new String[] {"PARIS"}, 0, null);
    assertEquals(List.of("clusters2"), features, "the resource name and the cluster, as OpenNLP writes them");
  }

  /**
   * Without a separator the feature of cluster 27 in `clusters` is that of cluster 7 in `clusters2`
   * (OpenNLP's naming); the descriptor's separator keeps the two apart.
   */
  @Test
  void separatorKeepsClusterSetsApart() throws Exception {
    Map<String, String> clusters = Map.of("clusters", "paris 27\n", "clusters2", "berlin 7\n");
    String[] sentence = {"Paris", "Berlin"};
    for (String separator : new String[] {null, "="}) {
      String generators = "";
      for (String dict : List.of("clusters", "clusters2")) {
        generators += "<generator class=\"org.newsgraph.nlp.ClusterFeatureGeneratorFactory\"><str name=\"dict\">" + dict
            + "</str>" + (separator == null ? "" : "<str name=\"separator\">" + separator + "</str>")
            + "<bool name=\"lowerCase\">true</bool></generator>";
      }
      AdaptiveFeatureGenerator descriptor = descriptor("<featureGenerators name=\"test\">" + generators + "</featureGenerators>", clusters);
      List<String> paris = new ArrayList<>();
      List<String> berlin = new ArrayList<>();
      descriptor.createFeatures(paris, sentence, 0, null);
      descriptor.createFeatures(berlin, sentence, 1, null);
      assertEquals(separator == null ? List.of("clusters27") : List.of("clusters=27"), paris);
      assertEquals(separator == null ? List.of("clusters27") : List.of("clusters2=7"), berlin);
    }
  }

  /**
   * A shipped descriptor makes each feature once. Wrapped in one more AggregatedFeatureGeneratorFactory,
   * OpenNLP 2.5.11 ran all but the first generator twice: every feature but the token classes came
   * twice, which cost the name finder its time and weighted the features unevenly.
   */
  @Test
  void shippedDescriptorsMakeEachFeatureOnce() throws Exception {
    Models.allowProjectExtensions();
    List<Path> descriptors;
    try (var files = Files.list(Path.of("src/main/resources/models"))) {
      descriptors = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    }
    assertTrue(descriptors.size() >= 2, "descriptors found: " + descriptors);
    for (Path d : descriptors) {
      String xml = Files.readString(d);
      Map<String, String> clusters = new HashMap<>();
      Matcher dict = Pattern.compile("<str name=\"dict\">(\\w+)</str>").matcher(xml);
      while (dict.find()) {
        clusters.put(dict.group(1), "peter 1\nParis 2\nparis 2\nvisited 3\n");
      }
      AdaptiveFeatureGenerator generators = descriptor(xml, clusters);
      String[] sentence = {"Peter", "visited", "Paris", "."};
      for (int i = 0; i < sentence.length; i++) {
        List<String> features = new ArrayList<>();
        generators.createFeatures(features, sentence, i, new String[] {"other", "other", "other", "other"});
        assertEquals(new LinkedHashSet<>(features).size(), features.size(), d.getFileName() + ", token " + i + ": " + features);
        assertTrue(features.contains("w=" + sentence[i].toLowerCase(Locale.ROOT)), features.toString());
      }
    }
  }

  /** The feature generators of a descriptor, its cluster resources given inline as "word cluster" lines by name. */
  private static AdaptiveFeatureGenerator descriptor(String xml, Map<String, String> clusters) throws Exception {
    Map<String, Object> resources = new HashMap<>();
    for (Map.Entry<String, String> set : clusters.entrySet()) {
      resources.put(set.getKey(), new ClusterFeatureGeneratorFactory.Clusters(set.getValue().getBytes(StandardCharsets.UTF_8)));
    }
    return GeneratorFactory.create(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), resources::get);
  }

  /** Token and token-class features remembered per sentence are OpenNLP's, sentence after sentence. */
  @Test
  void sentenceCacheGivesTheFeaturesOfTheGeneratorInside() {
    for (Supplier<AdaptiveFeatureGenerator> make : List.<Supplier<AdaptiveFeatureGenerator>>of(
        TokenFeatureGenerator::new, TokenClassFeatureGenerator::new)) {
      AdaptiveFeatureGenerator ours = new WindowFeatureGenerator(
          new SentenceCacheFeatureGeneratorFactory.Generator(make.get()), 2, 2);
      AdaptiveFeatureGenerator theirs = new WindowFeatureGenerator(make.get(), 2, 2);
      for (String[] sentence : List.of(new String[] {"Peter", "visited", "PARIS", "in", "1996", "."},
          new String[] {"Berlin", "said", "so"}, new String[] {"Berlin", "said", "so"})) {
        for (int i = 0; i < sentence.length; i++) {
          List<String> a = new ArrayList<>();
          List<String> b = new ArrayList<>();
          ours.createFeatures(a, sentence, i, null);
          theirs.createFeatures(b, sentence, i, null);
          assertEquals(b, a, "token " + i + " of " + String.join(" ", sentence));
        }
      }
    }
  }

  /** Every shipped feature descriptor trains a model that saves and loads (an XML error fails here, not in train-ner). */
  @Test
  void everyShippedDescriptorTrainsAModel() throws Exception {
    Path dir = TestSpark.tempDir("descriptors");
    Path conll = Files.writeString(dir.resolve("train.conll"), CONLL);
    Path clusters = Files.writeString(dir.resolve("clusters.txt"), "peter 1\nmaria 1\nparis 2\nberlin 2\nvisited 3\nleft 3\n");
    List<Path> descriptors;
    try (var files = Files.list(Path.of("src/main/resources/models"))) {
      descriptors = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    }
    assertTrue(descriptors.size() >= 2, "descriptors found: " + descriptors);
    for (Path d : descriptors) {
      byte[] xml = Files.readAllBytes(d);
      int sets = Files.readString(d).split("(Cluster|PhraseGazetteer)FeatureGeneratorFactory\"", -1).length - 1;
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < sets; i++) {
        files.add(clusters);
      }
      TokenNameFinderModel model = NerTrainer.train(List.of(conll), "PERCEPTRON", 10, 0, xml, files);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      model.serialize(bytes);
      Models.allowProjectExtensions();
      TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
      assertTrue(new NameFinderME(loaded).find(new String[] {"Maria", "visited", "Paris", "."}).length > 0, d.toString());
    }
  }
}
