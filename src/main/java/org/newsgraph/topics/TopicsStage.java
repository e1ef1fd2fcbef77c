package org.newsgraph.topics;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.stats.Period;
import org.newsgraph.spark.StageCaches;

/**
 * lda: topics over the cleaned article text with Spark MLlib's LDA (online optimizer). Words are
 * letters only (numbers go), lower-cased, at least three letters, English stop words and common
 * news verbs removed; the vocabulary keeps terms in at least min-df articles and at most max-df
 * of them. Then: topics, article_topics, topic_trends and entity_topics.
 */
public final class TopicsStage {
  private TopicsStage() {}

  /** Settings, from the topics.* options; batchFraction 0 means auto ({@link #batchFraction}). */
  public record Settings(int k, int maxIterations, double batchFraction, long seed, int minDf, double maxDf, int vocabularySize,
      int topTerms, int entityMinArticles) implements java.io.Serializable {}

  /** The tables and the model's fit, or why there are none. */
  public record Result(Dataset<Row> topics, Dataset<Row> articleTopics, Dataset<Row> topicTrends,
      Dataset<Row> entityTopics, double logLikelihood, double logPerplexity, int vocabulary) {}

  /** Words news text repeats in every topic, on top of Spark's English stop words. */
  static final List<String> NEWS_STOP_WORDS = List.of("said", "says", "say", "told", "also", "would", "could",
      "will", "one", "two", "three", "new", "mr", "mrs", "ms", "year", "years", "last", "first", "like", "just",
      "many", "much", "well", "get", "got", "make", "made", "may", "might", "since", "still", "even", "back",
      "way", "people", "time", "week", "month", "told", "added", "including", "according");

  static final StructType TERM = new StructType().add("term", DataTypes.StringType).add("weight", DataTypes.DoubleType);
  static final StructType TOPIC = new StructType()
      .add("topic_id", DataTypes.IntegerType, false)
      .add("label", DataTypes.StringType, false)
      .add("terms", DataTypes.createArrayType(TERM), false);

  /**
   * auto: enough mini-batches for about 10 passes over a corpus of up to 20,000 articles (small
   * corpora need several passes to converge), fewer passes over larger ones (down to batches of
   * 5%, Spark's default), where one pass already sees plenty of text.
   */
  public static double batchFraction(Settings s, long articles) {
    if (s.batchFraction() > 0) {
      return s.batchFraction();
    }
    double passes = 10.0 * Math.min(1.0, 20_000.0 / Math.max(1, articles));
    return Math.min(1.0, Math.max(0.05, passes / s.maxIterations()));
  }

  /**
   * Returns null when there is no vocabulary: no articles, or too few for the min-df/max-df bounds.
   * {@code caches} receives the data this persists, for the caller to unpersist when the run is done.
   */
  public static Result run(SparkSession spark, Dataset<Row> articles, long articleCount, Dataset<Row> mentions,
      Period period, Settings s, List<Dataset<?>> caches) {
    if (articleCount == 0 || s.maxDf() * articleCount < s.minDf()) {
      return null; // Spark's CountVectorizer would refuse these bounds
    }
    Dataset<Row> words = new RegexTokenizer().setInputCol("text").setOutputCol("words")
        .setPattern("\\p{L}+").setGaps(false).setMinTokenLength(3).setToLowercase(true)
        .transform(articles.select("id", "published", "text"));
    List<String> stop = new ArrayList<>(Arrays.asList(StopWordsRemover.loadDefaultStopWords("english")));
    stop.addAll(NEWS_STOP_WORDS);
    Dataset<Row> terms = new StopWordsRemover().setInputCol("words").setOutputCol("terms")
        .setStopWords(stop.toArray(new String[0])).setLocale("en_US").transform(words);
    CountVectorizerModel vocabulary = new CountVectorizer().setInputCol("terms").setOutputCol("features")
        .setMinDF(s.minDf()).setMaxDF(s.maxDf()).setVocabSize(s.vocabularySize()).fit(terms);
    String[] vocab = vocabulary.vocabulary();
    if (vocab.length == 0) {
      return null;
    }
    Dataset<Row> vectors = StageCaches.persisted(
        vocabulary.transform(terms).select("id", "published", "features"), caches);
    LDAModel model = new LDA().setK(s.k()).setMaxIter(s.maxIterations()).setSeed(s.seed()).setOptimizer("online")
        .setSubsamplingRate(batchFraction(s, articleCount))
        .setFeaturesCol("features").setTopicDistributionCol("distribution").fit(vectors);

    // describeTopics is k rows of at most topTerms terms each: small, bounded by config.
    List<Row> topicRows = new ArrayList<>();
    for (Row t : model.describeTopics(s.topTerms()).collectAsList()) {
      int[] idx = toInts(t.getList(1));
      List<Double> weights = t.getList(2);
      List<Row> termRows = new ArrayList<>();
      List<String> top = new ArrayList<>();
      for (int i = 0; i < idx.length; i++) {
        termRows.add(RowFactory.create(vocab[idx[i]], weights.get(i)));
        if (top.size() < 3) {
          top.add(vocab[idx[i]]);
        }
      }
      topicRows.add(RowFactory.create(t.getInt(0), String.join(" / ", top),
          scala.jdk.javaapi.CollectionConverters.asScala(termRows).toSeq()));
    }
    Dataset<Row> topics = spark.createDataFrame(topicRows, TOPIC);

    Dataset<Row> articleTopics = model.transform(vectors)
        .withColumn("topic_weights", functions.vector_to_array(col("distribution"), "float64"))
        .select(col("id").as("article_id"), col("published"), col("topic_weights"),
            array_position(col("topic_weights"), array_max(col("topic_weights"))).minus(1).cast("int")
                .as("dominant_topic"),
            array_max(col("topic_weights")).as("dominant_weight"),
            to_date(col("published")).as("published_date"));
    articleTopics = StageCaches.persisted(articleTopics, caches);

    Dataset<Row> weights = articleTopics.select(col("article_id"), col("published"), col("dominant_topic"),
        posexplode(col("topic_weights")).as(new String[] {"topic_id", "weight"}));
    Dataset<Row> topicTrends = weights.filter(col("published").isNotNull())
        .withColumn("period_start", period.start(col("published")))
        .groupBy("topic_id", "period_start")
        .agg(avg("weight").as("weight"), count(lit(1)).as("articles"),
            sum(when(col("dominant_topic").equalTo(col("topic_id")), 1).otherwise(0)).as("dominant_articles"))
        .select(col("topic_id"), lit(period.label()).as("period"), col("period_start"), col("weight"),
            col("articles"), col("dominant_articles"),
            col("dominant_articles").divide(col("articles")).as("article_share"));

    Dataset<Row> entityArticles = mentions
        .filter(col("type").isin("PERSON", "ORGANIZATION", "LOCATION", "MISC"))
        .select("entity_id", "article_id").distinct();
    Dataset<Row> entityTopics = entityArticles.join(weights.select("article_id", "topic_id", "weight"), "article_id")
        .groupBy("entity_id", "topic_id")
        .agg(avg("weight").as("weight"), count(lit(1)).as("articles"))
        .filter(col("articles").geq(s.entityMinArticles()));

    return new Result(topics, articleTopics.drop("published"), topicTrends, entityTopics,
        model.logLikelihood(vectors), model.logPerplexity(vectors), vocab.length);
  }

  private static int[] toInts(List<Object> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) values.get(i)).intValue();
    }
    return out;
  }
}
