package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

class EntityStageTest {
  private static final StructType MENTIONS = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("published", DataTypes.TimestampType)
      .add("surface", DataTypes.StringType)
      .add("entity_id", DataTypes.LongType)
      .add("entity_name", DataTypes.StringType)
      .add("entity_type", DataTypes.StringType);

  private final SparkSession spark = TestSpark.session();

  @Test
  void countsDatesNamesTypesAndVariantsPerEntity() {
    Timestamp jan = Timestamp.valueOf("2024-01-05 10:00:00");
    Timestamp mar = Timestamp.valueOf("2024-03-09 08:30:00");
    List<Row> rows = new ArrayList<>(List.of(
        // Entity 1: four mentions in two articles, one of them undated.
        RowFactory.create("a", mar, "Joe Biden", 1L, "Joe Biden", "PERSON"),
        RowFactory.create("a", mar, "Biden", 1L, "Biden", "PERSON"),
        RowFactory.create("a", mar, "Biden", 1L, "Joe Biden", "PERSON"),
        RowFactory.create("b", null, "Mr Biden", 1L, "Joe Biden", "PERSON"),
        RowFactory.create("c", jan, "Biden", 1L, "Biden", "MISC"),
        // Entity 2: names and types tied one to one; the alphabetically last wins.
        RowFactory.create("a", mar, "ACME Corp", 2L, "ACME Corp", "MISC"),
        RowFactory.create("c", jan, "Acme", 2L, "Acme", "ORGANIZATION")));
    // Entity 3: 25 surface forms in one article, of which the table lists the first 20 sorted.
    for (int i = 0; i < 25; i++) {
      rows.add(RowFactory.create("d", jan, String.format("Form %02d", 24 - i), 3L, "Form", "LOCATION"));
    }

    Map<Long, Row> byId = new HashMap<>();
    for (Row r : EntityStage.entities(spark.createDataFrame(rows, MENTIONS)).collectAsList()) {
      byId.put(r.getAs("entity_id"), r);
    }

    assertEquals(3, byId.size());
    Row biden = byId.get(1L);
    assertEquals("Joe Biden", biden.getAs("name"));
    assertEquals("PERSON", biden.getAs("type"));
    assertEquals(5L, (long) biden.getAs("mention_count"));
    assertEquals(3L, (long) biden.getAs("article_count"));
    assertEquals(jan, biden.getAs("first_seen"));
    assertEquals(mar, biden.getAs("last_seen"));
    assertEquals(List.of("Biden", "Joe Biden", "Mr Biden"), biden.getList(biden.fieldIndex("variants")));

    Row acme = byId.get(2L);
    assertEquals("Acme", acme.getAs("name"));
    assertEquals("ORGANIZATION", acme.getAs("type"));
    assertEquals(2L, (long) acme.getAs("article_count"));

    Row form = byId.get(3L);
    assertEquals(25L, (long) form.getAs("mention_count"));
    assertEquals(1L, (long) form.getAs("article_count"));
    List<String> variants = form.getList(form.fieldIndex("variants"));
    assertEquals(EntityStage.MAX_VARIANTS, variants.size());
    assertEquals("Form 00", variants.get(0));
    assertEquals("Form 19", variants.get(19));
  }

  @Test
  void anEntityOnlyInUndatedArticlesHasNoDates() {
    List<Row> rows = List.of(RowFactory.create("x", null, "Oslo", 7L, "Oslo", "LOCATION"));
    Row oslo = EntityStage.entities(spark.createDataFrame(rows, MENTIONS)).first();
    assertNull(oslo.getAs("first_seen"));
    assertNull(oslo.getAs("last_seen"));
    assertEquals(1L, (long) oslo.getAs("article_count"));
  }
}
