package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    int[] a = {-7, 1, 3};
    assertEquals(1.0, NearDuplicates.jaccard(NearDuplicates.pack(a), NearDuplicates.pack(a)));
    assertEquals(2.0 / 4, NearDuplicates.jaccard(NearDuplicates.pack(a), NearDuplicates.pack(new int[] {-7, 3, 5})), 1e-12);
    assertEquals(0.0, NearDuplicates.jaccard(NearDuplicates.pack(new int[] {1}), NearDuplicates.pack(new int[] {2})));
    assertEquals(0.0, NearDuplicates.jaccard(new byte[0], new byte[0]));
  }

  @Test
  void shinglesIgnoreCaseAndPunctuationButNotWordOrder() {
    int[] s = NearDuplicates.shingles("The cat sat on the mat. The cat sat on the mat", 5);
    // 12 words make 8 shingles; "the cat sat on the" and "cat sat on the mat" come twice.
    assertEquals(6, s.length);
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i - 1] < s[i], "sorted and distinct");
    }
    assertArrayEquals(s, NearDuplicates.shingles("THE CAT -- sat on the mat!  the cat, sat on... the MAT", 5));
    assertNotEquals(Arrays.toString(s), Arrays.toString(NearDuplicates.shingles("The cat sat on the mat. The mat sat on the cat", 5)));
    assertEquals(0, NearDuplicates.shingles("Only four words here", 5).length);
    assertEquals(0, NearDuplicates.shingles(null, 5).length);
  }

  @Test
  void bandKeysAgreeOnlyWhereTheMinHashesDo() {
    long[] multipliers = NearDuplicates.multipliers(60);
    int[] story = NearDuplicates.shingles(STORY, 5);
    long[] keys = NearDuplicates.bandKeys(story, multipliers, 3);
    assertEquals(20, keys.length);
    assertArrayEquals(keys, NearDuplicates.bandKeys(story, NearDuplicates.multipliers(60), 3), "same seed, same keys");
    int[] trimmed = NearDuplicates.shingles(STORY.substring(0, STORY.lastIndexOf(" Exports")), 5);
    long[] other = NearDuplicates.bandKeys(NearDuplicates.shingles(OTHER, 5), multipliers, 3);
    int shared = 0;
    int sharedWithOther = 0;
    long[] trimmedKeys = NearDuplicates.bandKeys(trimmed, multipliers, 3);
    for (int b = 0; b < 20; b++) {
      shared += keys[b] == trimmedKeys[b] ? 1 : 0;
      sharedWithOther += keys[b] == other[b] ? 1 : 0;
    }
    // Jaccard about 0.8: each band agrees with probability 0.8^3 (about 10 of 20); unrelated texts never.
    assertTrue(shared >= 3, "bands shared with the trimmed copy: " + shared);
    assertEquals(0, sharedWithOther);
    assertEquals(0, NearDuplicates.bandKeys(new int[0], multipliers, 3).length);
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
