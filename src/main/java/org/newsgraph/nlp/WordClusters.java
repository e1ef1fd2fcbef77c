package org.newsgraph.nlp;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.Word2Vec;
import org.apache.spark.ml.feature.Word2VecModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.ingest.TextDecoder;

/**
 * Word clusters for the NER model's cluster features, induced from unlabeled text: Spark MLlib's
 * Word2Vec learns a vector per lower-cased word from its contexts, KMeans groups the vectors,
 * and each word's cluster number is written as "word cluster" (one space), the format of OpenNLP's
 * WordClusterDictionary. Words that behave alike (city names, first names, company suffixes)
 * share a cluster, which lets the tagger generalise from the names it saw in training to ones
 * it did not. Input: folders of .txt articles (split with the project's sentence and token
 * models), CoNLL files (their tokens) and the GMB CSV in its zip (its tokens).
 */
public final class WordClusters {
  private WordClusters() {}

  public static List<List<String>> sentences(List<Path> inputs) throws IOException {
    List<List<String>> out = new ArrayList<>();
    // Only the sentence and token models: the NER model is what these clusters help to train.
    SentenceDetectorME sentences;
    TokenizerME tokens;
    try (java.io.InputStream s = Models.open(Models.SENTENCE_RESOURCE);
        java.io.InputStream t = Models.open(Models.TOKENIZER_RESOURCE)) {
      sentences = new SentenceDetectorME(new opennlp.tools.sentdetect.SentenceModel(s));
      tokens = new TokenizerME(new opennlp.tools.tokenize.TokenizerModel(t));
    }
    for (Path input : inputs) {
      String name = input.getFileName().toString();
      if (Files.isDirectory(input)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
          files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
          TextDecoder.Decoded text = TextDecoder.decode(Files.readAllBytes(f));
          if (text == null) {
            continue;
          }
          for (String line : text.text().split("\n")) {
            for (String s : sentences.sentDetect(line)) {
              out.add(lower(tokens.tokenize(s)));
            }
          }
        }
      } else if (name.endsWith(".zip")) {
        readGmb(input, out);
      } else {
        readConll(input, out);
      }
    }
    return out;
  }

  private static List<String> lower(String[] tokens) {
    List<String> out = new ArrayList<>(tokens.length);
    for (String t : tokens) {
      out.add(t.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The tokens of a CoNLL file's sentences, read by the same reader training uses. */
  private static void readConll(Path file, List<List<String>> out) throws IOException {
    for (opennlp.tools.namefind.NameSample sample : ConllReader.read(file)) {
      out.add(lower(sample.getSentence()));
    }
  }

  /** GMB's tokens, lower-cased (its tags are the gazetteer's business, not the clusters'). */
  private static void readGmb(Path zip, List<List<String>> out) throws IOException {
    for (List<GmbCorpus.Token> sentence : GmbCorpus.read(zip)) {
      List<String> words = new ArrayList<>(sentence.size());
      for (GmbCorpus.Token t : sentence) {
        words.add(t.word().toLowerCase(Locale.ROOT));
      }
      out.add(words);
    }
  }

  /** The system property that keeps Spark's linear algebra off a native BLAS (netlib's own switch). */
  public static final String ALLOW_NATIVE_BLAS = "dev.ludovic.netlib.blas.allowNative";

  /**
   * Word2Vec and KMeans add up floats through Spark's BLAS, which is the machine's libblas.so.3 where
   * one is installed (numpy brings one) and Java code where not: the two give different last bits,
   * and so different clusters, from the same text. The clusters are made with the Java BLAS on every
   * machine, which gives the same sums wherever it runs. The switch must be set before Spark first
   * uses its BLAS in this JVM; where it was too late, training fails rather than write other files.
   */
  static void useJavaBlas() {
    System.setProperty(ALLOW_NATIVE_BLAS, "false");
    if (org.apache.spark.ml.linalg.BLAS$.MODULE$.nativeBLAS() instanceof dev.ludovic.netlib.blas.NativeBLAS) {
      throw new IllegalStateException("Spark's BLAS in this JVM is native (" + org.apache.spark.ml.linalg.BLAS$.MODULE$
          .nativeBLAS().getClass().getSimpleName() + "), so the clusters would depend on the machine's libblas:"
          + " start the JVM with -D" + ALLOW_NATIVE_BLAS + "=false");
    }
  }

  /** Trains the clusters and writes them; returns the number of words clustered. */
  public static long train(SparkSession spark, List<List<String>> sentences, int k, int vectorSize, int minCount,
      long seed, Path output) throws IOException {
    useJavaBlas();
    List<Row> rows = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      rows.add(RowFactory.create(s));
    }
    StructType schema = new StructType().add("tokens", DataTypes.createArrayType(DataTypes.StringType));
    // Both fits see their input in one partition, in an order fixed by the input alone: Spark adds up
    // the results of several partitions in the order their tasks finish, and a different last bit
    // of a centre moves words between clusters from run to run and from machine to machine.
    // (coalesce, unlike repartition, joins the partitions in their order, without a shuffle.)
    Dataset<Row> text = spark.createDataFrame(rows, schema).coalesce(1);
    Word2VecModel w2v = new Word2Vec().setInputCol("tokens").setVectorSize(vectorSize).setMinCount(minCount)
        .setWindowSize(5).setMaxIter(1).setSeed(seed).setNumPartitions(1).fit(text);
    Dataset<Row> byWord = w2v.getVectors().orderBy("word"); // the vocabulary (23,491 words for the model), not the text
    Dataset<Row> vectors = spark.createDataFrame(byWord.collectAsList(), byWord.schema()).coalesce(1).cache();
    KMeansModel kmeans = new KMeans().setK(k).setSeed(seed).setMaxIter(30).setFeaturesCol("vector")
        .setPredictionCol("cluster").fit(vectors);
    List<Row> assigned = kmeans.transform(vectors).select("word", "cluster").orderBy("word").collectAsList();
    vectors.unpersist();
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (Row r : assigned) {
        String word = r.getString(0);
        if (!word.isBlank() && word.indexOf(' ') < 0 && word.indexOf('\t') < 0) {
          w.write(word + " " + r.getInt(1) + "\n");
        }
      }
    }
    return assigned.size();
  }
}
