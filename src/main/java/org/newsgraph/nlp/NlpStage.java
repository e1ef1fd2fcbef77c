package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.entities.EntityNormalizer;
import scala.jdk.javaapi.CollectionConverters;

/**
 * ner: sentences, tokens and resolved mentions per article, computed per partition. Models come
 * from the JVM-wide {@link Models} holder; the annotator (OpenNLP's stateful objects) is made once
 * per partition. Appends sentences, tokens and a mentions array to each input row and leaves its
 * text out: the output is cached for the statistics, and the text (most of an article's bytes)
 * would only make that cache outgrow memory on big corpora; who needs it joins it back by id.
 */
public final class NlpStage {
  private NlpStage() {}

  /**
   * The version of the rules around the models (sentence joins, token preparation, name
   * corrections, entity resolution), kept in the run manifest beside the models' checksums:
   * {@code --incremental} reuses an earlier run's mentions only when both match. Change it with any
   * change to those rules that changes an article's mentions or their entities.
   */
  public static final String RULES = "annotation_rules";
  public static final String RULES_VERSION = "2026-12-01.1";

  /** Columns with an earlier run's results for the same record (see {@link #annotate}). */
  public static final Set<String> PREVIOUS = Set.of("prevId", "prevSourceFile", "prevPosition", "prevSentences",
      "prevTokens", "prevMentions");

  public static final StructType MENTION = new StructType()
      .add("sentence_index", DataTypes.IntegerType, false)
      .add("start_char", DataTypes.IntegerType, false)
      .add("end_char", DataTypes.IntegerType, false)
      .add("surface", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("probability", DataTypes.DoubleType, false)
      .add("entity_id", DataTypes.LongType, false)
      .add("entity_name", DataTypes.StringType, false)
      .add("entity_type", DataTypes.StringType, false);

  /**
   * @param articles rows with at least string columns "text" and "language"
   * @param modelLoads counts the JVMs that loaded the models during this stage
   * @param languages the detected languages that go through NER; other articles get no counts
   *     (NULL sentences and tokens) and no mentions
   *
   * <p>Rows may carry the results of an earlier run in the {@link #PREVIOUS} columns (an
   * incremental run); where those are set and the language still qualifies, they are used as
   * they are instead of running NER again. Neither the {@link #PREVIOUS} columns nor "text" are in
   * the output.
   */
  public static Dataset<Row> annotate(Dataset<Row> articles, EntityNormalizer normalizer,
      LongAccumulator modelLoads, Set<String> languages) {
    StructType in = articles.schema();
    StructType kept = new StructType();
    for (org.apache.spark.sql.types.StructField f : in.fields()) {
      if (!PREVIOUS.contains(f.name()) && !f.name().equals("text")) {
        kept = kept.add(f);
      }
    }
    StructType out = kept
        .add("sentences", DataTypes.IntegerType, true)
        .add("tokens", DataTypes.IntegerType, true)
        .add("mentions", DataTypes.createArrayType(MENTION, false), false);
    int textIndex = in.fieldIndex("text");
    int languageIndex = in.fieldIndex("language");
    int width = kept.size();
    int[] keptIndex = new int[width];
    for (int i = 0; i < width; i++) {
      keptIndex[i] = in.fieldIndex(kept.fields()[i].name());
    }
    boolean hasPrevious = java.util.Arrays.asList(in.fieldNames()).contains("prevSentences");
    int prevSentences = hasPrevious ? in.fieldIndex("prevSentences") : -1;
    int prevTokens = hasPrevious ? in.fieldIndex("prevTokens") : -1;
    int prevMentions = hasPrevious ? in.fieldIndex("prevMentions") : -1;
    MapPartitionsFunction<Row, Row> annotatePartition = rows -> {
      ArticleAnnotator annotator = new ArticleAnnotator(Models.get(() -> modelLoads.add(1)));
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          Object[] values = new Object[width + 3];
          for (int i = 0; i < width; i++) {
            values[i] = row.get(keptIndex[i]);
          }
          if (!languages.contains(row.getString(languageIndex))) {
            // Kept and counted, but the English models would only produce noise on it.
            values[width + 2] = CollectionConverters.asScala(List.<Row>of()).toSeq();
            return RowFactory.create(values);
          }
          if (hasPrevious && !row.isNullAt(prevSentences)) {
            values[width] = row.get(prevSentences);
            values[width + 1] = row.get(prevTokens);
            values[width + 2] = row.isNullAt(prevMentions)
                ? CollectionConverters.asScala(List.<Row>of()).toSeq() : row.get(prevMentions);
            return RowFactory.create(values);
          }
          ArticleAnnotator.Annotation a = annotator.annotate(row.getString(textIndex));
          List<EntityNormalizer.Resolved> resolved = normalizer.resolve(a.mentions());
          List<Row> mentions = new ArrayList<>(a.mentions().size());
          for (int i = 0; i < a.mentions().size(); i++) {
            RawMention m = a.mentions().get(i);
            EntityNormalizer.Resolved r = resolved.get(i);
            mentions.add(RowFactory.create(m.sentenceIndex(), m.start(), m.end(), m.text(),
                m.type().name(), m.probability(), r.id(), r.name(), r.type().name()));
          }
          values[width] = a.sentences();
          values[width + 1] = a.tokens();
          values[width + 2] = CollectionConverters.asScala(mentions).toSeq(); // Row arrays are Scala Seqs
          return RowFactory.create(values);
        }
      };
    };
    return articles.mapPartitions(annotatePartition, Encoders.row(out));
  }
}
