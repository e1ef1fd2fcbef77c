package org.newsgraph.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;
import org.newsgraph.output.RunManifest;

/** A corpus of hostile records: none crashes the run, each is processed or rejected with its reason. */
class HostileInputTest {
  static final String STORY = "Officials in Berlin met the trade minister on Monday. ";
  static SparkSession spark;
  static Path out;
  static RunManifest manifest;
  static Map<String, Row> articles = new HashMap<>();
  static Map<String, String> rejectReasons = new HashMap<>();

  /** Every article's text ends with its id, so that none is an exact duplicate of another. */
  static String article(String id, String text, String published) {
    return "{\"id\":\"" + id + "\",\"title\":\"T\",\"text\":\"" + text + (text.isBlank() ? "" : " Ref " + id + ".") + "\""
        + (published == null ? "" : ",\"published\":\"" + published + "\"") + "}\n";
  }

  @BeforeAll
  static void run() throws Exception {
    spark = TestSpark.session();
    Path in = Files.createDirectories(TestSpark.tempDir("hostile").resolve("in"));
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    write(jsonl, article("ok", STORY, "2026-03-01"));                                        // 1
    write(jsonl, "{\"id\": \"broken\", \"text\": \"no end\n");                              // 2
    write(jsonl, "{\"id\":\"list-text\",\"text\":[\"a\",\"b\"]}\n");                         // 3
    write(jsonl, "{\"id\":\"object-date\",\"text\":\"Fine.\",\"published\":{\"y\":1}}\n");  // 4
    jsonl.write(article("latin1", "Caf\u00e9 owners in Paris protested.", "2026-03-02").getBytes(StandardCharsets.ISO_8859_1)); // 5
    jsonl.write(new byte[] {'{', '"', 0, 0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, '\n'});    // 6
    write(jsonl, "{\"id\":\"blank\",\"text\":\" \\n\\t \"}\n");                                // 7
    write(jsonl, article("html", "<html><body><script>var x=1;</script><p>Officials in <b>Berlin</b> met.</p>"
        + "<p>Talks went on.</p></body></html>", "2026-03-03"));                                 // 8
    write(jsonl, article("german", "Die Regierung in Berlin hat am Montag neue Regeln beschlossen.", "2026-03-03")); // 9
    write(jsonl, article("ok", "A second article with a reused id.", "2026-03-04"));         // 10
    write(jsonl, article("no-date", STORY, null));                                           // 11
    write(jsonl, article("bad-date", STORY, "the day after tomorrow"));                      // 12
    write(jsonl, "null\n");                                                                  // 13
    write(jsonl, "[".repeat(5000) + "]".repeat(5000) + "\n");                                // 14
    write(jsonl, article("big", STORY.repeat(5 * 1024 * 1024 / STORY.length()), "2026-03-05")); // 15: 5 MB
    write(jsonl, article("../../etc/passwd", "Officials said \\u0007 nothing.", "2026-03-05")); // 16
    write(jsonl, "{\"id\":\"huge\",\"text\":\"");                                             // 17: one 50 MB line
    byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 50; i++) {
      jsonl.write(block);
    }
    write(jsonl, "\"}\n");
    write(jsonl, article("last", STORY, "2026-03-06"));                                      // 18
    Files.write(in.resolve("hostile.jsonl"), jsonl.toByteArray());

    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(gz)) {
      o.write((article("gz1", STORY, "2026-03-07") + article("gz2", STORY.repeat(300), "2026-03-07"))
          .getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(in.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length - 30));
    Path texts = Files.createDirectories(in.resolve("texts"));
    Files.write(texts.resolve("empty.txt"), new byte[0]);
    Files.write(texts.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.writeString(texts.resolve("fine.txt"), "A title\n\n" + STORY + "From a file.");

    out = TestSpark.tempDir("hostile-out").resolve("out");
    Map<String, String> o = new HashMap<>();
    o.put("input.paths", in.toString());
    o.put("output.path", out.toString());
    // Many of these short articles share one sentence, which makes them near duplicates; this
    // test is about reading hostile bytes, so only exact duplicates are looked for here.
    o.put("dedup.near.enabled", "false");
    manifest = NewsgraphJob.run(spark, JobConfig.load(TestSpark.projectDir().resolve("conf/newsgraph.properties"), o));
    for (Row r : spark.read().parquet(out.resolve("articles").toString()).drop("text").collectAsList()) {
      articles.put(r.getAs("id"), r);
    }
    for (Row r : spark.read().parquet(out.resolve("rejects").toString()).collectAsList()) {
      String file = Path.of(java.net.URI.create(r.getAs("source_file"))).getFileName().toString();
      rejectReasons.put(file + ":" + r.getAs("position"), r.getAs("reason"));
    }
  }

  static void write(ByteArrayOutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theManifestReconciles() {
    assertTrue(manifest.reconciles(), manifest.toJson());
    assertEquals(18 + 2 + 3, manifest.recordsRead, "18 lines, a line and the break in the gzip file, 3 text files");
    assertEquals(11, manifest.articlesProcessed);
    assertEquals(manifest.recordsRejected, rejectReasons.size());
  }

  @Test
  void eachRejectHasItsSpecificReason() {
    assertEquals(Map.ofEntries(
        Map.entry("hostile.jsonl:2", "malformed_json"),
        Map.entry("hostile.jsonl:3", "invalid_field_type"),
        Map.entry("hostile.jsonl:4", "invalid_field_type"),
        Map.entry("hostile.jsonl:6", "binary_content"),
        Map.entry("hostile.jsonl:7", "empty_body"),
        Map.entry("hostile.jsonl:10", "duplicate_id"),
        Map.entry("hostile.jsonl:13", "not_an_object"),
        Map.entry("hostile.jsonl:14", "malformed_json"),
        Map.entry("hostile.jsonl:17", "record_too_large"),
        Map.entry("cut.jsonl.gz:2", "truncated_input"),
        Map.entry("empty.txt:0", "empty_body"),
        Map.entry("image.txt:0", "binary_content")), rejectReasons);
  }

  @Test
  void awkwardButUsableRecordsAreProcessed() {
    for (String id : new String[] {"ok", "latin1", "html", "german", "no-date", "bad-date", "big",
        "../../etc/passwd", "last", "gz1", "texts/fine"}) {
      assertTrue(articles.containsKey(id), id + " missing; articles: " + articles.keySet());
    }
    assertEquals("windows-1252", articles.get("latin1").getAs("encoding"));
    assertEquals("missing", articles.get("no-date").getAs("published_status"));
    assertEquals("unparseable", articles.get("bad-date").getAs("published_status"));
    assertTrue((int) articles.get("big").getAs("characters") > 5_000_000);
    assertTrue((int) articles.get("big").getAs("mention_count") > 10_000);
    assertEquals(3, manifest.articlesWithoutDate, "no-date, bad-date and the text file");
    // German is detected and kept, counted, and left out of the English NER.
    assertEquals("deu", articles.get("german").getAs("language"));
    assertNull(articles.get("german").getAs("mention_count"));
    assertEquals(1L, manifest.articlesByLanguage.get("deu"));
    assertEquals(manifest.articlesProcessed - 1, manifest.articlesAnnotated);
  }

  @Test
  void htmlIsReducedToItsText() {
    String text = spark.read().parquet(out.resolve("articles").toString()).filter("id = 'html'").first().getAs("text");
    assertEquals("Officials in Berlin met.\n\nTalks went on.\n\nRef html.", text);
  }

  @Test
  void outputIsNotWorldWritable() throws IOException {
    try (Stream<Path> all = Files.walk(out)) {
      all.forEach(p -> {
        try {
          assertFalse(Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_WRITE), p.toString());
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      });
    }
  }
}
