package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

class NearDuplicatesTest {
  static final String STORY = "The port of Rotterdam reopened on Tuesday after a three-day strike by dock workers ended "
      + "with a pay deal. The union said members had voted to accept a rise of four per cent over two years. "
      + "Shipping companies said it would take a week to clear the backlog of containers waiting at sea. "
      + "The city's mayor welcomed the agreement and thanked both sides for their patience during the talks. "
      + "Exports of flowers and machinery were hit hardest by the stoppage, traders said on Tuesday evening.";
  static final String OTHER = "Heavy snow closed schools across the north of Scotland on Monday as temperatures fell "
      + "to minus twelve degrees. Bus services were cancelled in three counties and drivers were told to stay home. "
      + "Forecasters said the cold spell would last until the weekend before milder air arrives from the Atlantic.";

  @Test
  void jaccardOfShingleSets() {
    assertEquals(1.0, NearDuplicates.jaccard(Vectors.sparse(10, new int[] {1, 3}, new double[] {1, 1}),
        Vectors.sparse(10, new int[] {1, 3}, new double[] {1, 1})));
    assertEquals(1.0 / 3, NearDuplicates.jaccard(Vectors.sparse(10, new int[] {1, 2}, new double[] {1, 1}),
        Vectors.sparse(10, new int[] {2, 5}, new double[] {1, 1})), 1e-12);
    assertEquals(0.0, NearDuplicates.jaccard(Vectors.sparse(10, new int[] {1}, new double[] {1}),
        Vectors.sparse(10, new int[] {2}, new double[] {1})));
  }

  @Test
  void syndicatedCopiesPointToTheirRepresentative() {
    String trimmed = STORY.substring(0, STORY.lastIndexOf(" Exports"));
    String wrapped = STORY + " Copy supplied by Example Wire for its subscribers.";
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("duplicate_of", DataTypes.StringType);
    List<Row> rows = List.of(
        RowFactory.create("b-original", STORY, null),
        RowFactory.create("c-trimmed", trimmed, null),
        RowFactory.create("d-wrapped", wrapped, null),
        RowFactory.create("e-exact", STORY, "b-original"),
        RowFactory.create("a-other", OTHER, null),
        RowFactory.create("f-short", "Too short.", null));
    NearDuplicates.Settings settings = new NearDuplicates.Settings(true, 0.5, 5, 20, 3);
    Map<String, Row> out = new HashMap<>();
    for (Row r : NearDuplicates.mark(TestSpark.session().createDataFrame(rows, schema), settings, new java.util.ArrayList<>()).collectAsList()) {
      out.put(r.getAs("id"), r);
    }
    assertEquals(6, out.size());
    assertEquals("b-original", out.get("c-trimmed").getAs("duplicate_of"));
    assertEquals("near", out.get("c-trimmed").getAs("duplicateKind"));
    double similarity = out.get("c-trimmed").getAs("duplicateSimilarity");
    assertTrue(similarity > 0.7 && similarity < 1, "similarity " + similarity);
    assertEquals("b-original", out.get("d-wrapped").getAs("duplicate_of"));
    assertEquals("exact", out.get("e-exact").getAs("duplicateKind"));
    assertEquals(1.0, (double) out.get("e-exact").getAs("duplicateSimilarity"));
    for (String id : List.of("b-original", "a-other", "f-short")) {
      assertNull(out.get(id).getAs("duplicate_of"), id);
      assertNull(out.get(id).getAs("duplicateKind"), id);
    }
    // Switched off, only exact duplicates are marked.
    long marked = NearDuplicates.mark(TestSpark.session().createDataFrame(rows, schema),
        new NearDuplicates.Settings(false, 0.5, 5, 20, 3), new java.util.ArrayList<>()).filter("duplicate_of is not null").count();
    assertEquals(1, marked);
  }
}
