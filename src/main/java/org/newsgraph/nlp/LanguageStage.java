package org.newsgraph.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.HashSet;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Sets each article's {@code language} (ISO 639-3, e.g. eng, deu) with OpenNLP's language
 * detector, from the title and the first {@value #PREFIX_CHARS} characters of the text: enough
 * for a confident guess at a fraction of the cost of the whole text. Text with fewer than
 * {@value #MIN_LETTERS} letters is {@code und} (undetermined). The language the input declared
 * moves to {@code declared_language}.
 */
public final class LanguageStage {
  private LanguageStage() {}

  public static final String UNDETERMINED = "und";
  static final int PREFIX_CHARS = 500;
  static final int MIN_LETTERS = 20;

  private static final StructType RESULT = new StructType()
      .add("language", DataTypes.StringType, false)
      .add("confidence", DataTypes.DoubleType, false);

  /** The normalisers OpenNLP's default LanguageDetectorFactory puts before its n-grams, in its order. */
  private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
      EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
      TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
      ShrinkCharSequenceNormalizer.getInstance());
  private static final int MIN_GRAM = 1;
  private static final int MAX_GRAM = 3;

  public static Dataset<Row> detect(Dataset<Row> articles) {
    UserDefinedFunction detect = udf((UDF2<String, String, Row>) (title, text) -> {
      Language l = detect(title, text);
      return RowFactory.create(l.getLang(), l.getConfidence());
    }, RESULT).asNondeterministic(); // deterministic in fact; this keeps Spark from inlining it twice
    return articles
        .withColumnRenamed("language", "declaredLanguage")
        .withColumn("_lang", detect.apply(col("title"), col("text")))
        .withColumn("language", col("_lang.language"))
        .withColumn("languageConfidence", col("_lang.confidence"))
        .drop("_lang");
  }

  /** The most likely language of an article, or {@code und} for too little text. */
  public static Language detect(String title, String text) {
    StringBuilder sample = new StringBuilder(PREFIX_CHARS + 200);
    if (title != null) {
      sample.append(title).append('\n');
    }
    if (text != null) {
      sample.append(text, 0, Math.min(text.length(), PREFIX_CHARS));
    }
    long letters = sample.chars().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) {
      return new Language(UNDETERMINED, 0);
    }
    return predict(sample);
  }

  /**
   * What OpenNLP's {@code LanguageDetectorME.predictLanguage} computes for the packaged model, whose
   * factory is OpenNLP's default: the model's probabilities given the distinct character 1- to
   * 3-grams of the normalised, lower-cased sample, each with value 1. OpenNLP collects the n-grams
   * as {@code CharBuffer} keys whose hashing and comparing took most of the detector's time (320
   * microseconds an article, a third of the dedup stage at a million articles); plain strings give
   * the same features (LanguageStageTest compares the two).
   */
  static Language predict(CharSequence sample) {
    LanguageDetectorModel model = Models.language();
    String text = lowerCase(NORMALIZER.normalize(sample));
    Set<String> grams = new HashSet<>(text.length() * 4);
    for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (int i = 0; i + n <= text.length(); i++) {
        grams.add(text.substring(i, i + n));
      }
    }
    String[] context = grams.toArray(new String[0]);
    float[] values = new float[context.length];
    java.util.Arrays.fill(values, 1f);
    MaxentModel maxent = model.getMaxentModel();
    double[] probabilities = maxent.eval(context, values);
    int best = 0;
    for (int o = 1; o < probabilities.length; o++) {
      if (probabilities[o] > probabilities[best]) {
        best = o;
      }
    }
    return new Language(maxent.getOutcome(best), probabilities[best]);
  }

  /** Lower case code point by code point, as OpenNLP's n-gram model does (the length stays the same). */
  private static String lowerCase(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString();
  }
}
