package org.newsgraph.cooccurrence;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.nlp.EntityType;

/**
 * cooccurrence: pairs of named entities that share an article, with how many articles and how
 * many sentences they share. Pairs are made per article from its distinct entities, capped at the
 * article's {@code maxEntities} most-mentioned ones, and summed per pair before the shuffle.
 */
public final class CooccurrenceStage {
  private CooccurrenceStage() {}

  static final StructType ARTICLE_PAIR = new StructType()
      .add("entity_a", DataTypes.LongType, false)
      .add("entity_b", DataTypes.LongType, false)
      .add("articles", DataTypes.LongType, false)
      .add("sentences", DataTypes.LongType, false);

  /** One entity's mentions in one article. */
  static final class Seen {
    final long id;
    int mentions;
    final BitSet sentences = new BitSet();

    Seen(long id) {
      this.id = id;
    }
  }

  /** The pairs of one article, as (entity_a, entity_b, 1, shared sentences) with entity_a < entity_b. */
  static List<Row> articlePairs(List<Row> mentions, int maxEntities) {
    Map<Long, Seen> seen = new HashMap<>();
    for (Row m : mentions) {
      if (!EntityType.valueOf(m.getAs("type")).isNamed()) {
        continue;
      }
      long id = m.getAs("entity_id");
      Seen s = seen.computeIfAbsent(id, Seen::new);
      s.mentions++;
      s.sentences.set((Integer) m.getAs("sentence_index"));
    }
    List<Seen> entities = new ArrayList<>(seen.values());
    entities.sort(Comparator.comparingInt((Seen s) -> -s.mentions).thenComparingLong(s -> s.id));
    if (entities.size() > maxEntities) {
      entities = entities.subList(0, maxEntities);
    }
    entities.sort(Comparator.comparingLong(s -> s.id));
    List<Row> pairs = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      for (int j = i + 1; j < entities.size(); j++) {
        BitSet shared = (BitSet) entities.get(i).sentences.clone();
        shared.and(entities.get(j).sentences);
        pairs.add(RowFactory.create(entities.get(i).id, entities.get(j).id, 1L, (long) shared.cardinality()));
      }
    }
    return pairs;
  }

  public static Dataset<Row> pairs(Dataset<Row> annotated, Dataset<Row> entities, int maxEntities,
      int minSupport) {
    FlatMapFunction<Row, Row> perArticle = article -> {
      List<Row> mentions = article.getList(article.fieldIndex("mentions"));
      Iterator<Row> it = articlePairs(mentions, maxEntities).iterator();
      return it;
    };
    Dataset<Row> counted = annotated.select("mentions")
        .flatMap(perArticle, Encoders.row(ARTICLE_PAIR))
        .groupBy("entity_a", "entity_b")
        .agg(sum("articles").as("article_count"), sum("sentences").as("sentence_count"))
        .filter(col("article_count").geq(minSupport));
    Dataset<Row> a = entities.select(col("entity_id").as("entity_a"), col("name").as("name_a"), col("type").as("type_a"));
    Dataset<Row> b = entities.select(col("entity_id").as("entity_b"), col("name").as("name_b"), col("type").as("type_b"));
    return counted.join(a, "entity_a").join(b, "entity_b")
        .select("entity_a", "name_a", "type_a", "entity_b", "name_b", "type_b", "article_count", "sentence_count");
  }
}
