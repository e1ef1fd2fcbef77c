package org.newsgraph.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
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

  /** The detector is not documented as thread-safe: one per task thread. */
  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(Models.language()));

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
    return DETECTOR.get().predictLanguage(sample);
  }
}
