package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

class IngestStageTest {
  static Path dir;
  static List<Row> articles;
  static List<Row> rejects;
  static long read;

  static String line(String id, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"T " + id + "\",\"text\":\"" + text + "\",\"published\":\"2026-02-01\"}\n";
  }

  static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @BeforeAll
  static void readFixtures() throws IOException {
    dir = TestSpark.tempDir("ingest");
    Path feed = Files.createDirectories(dir.resolve("feed"));
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    a.write(line("a1", "Alpha story one.").getBytes(StandardCharsets.UTF_8));
    a.write("{\"id\": \"a2\", \"text\": \n".getBytes(StandardCharsets.UTF_8));          // line 2: malformed
    a.write(line("a1", "A different story with the same id.").getBytes(StandardCharsets.UTF_8)); // line 3
    a.write(new byte[] {'{', 0, 1, 2, 3, 0, '}', '\n'});                                // line 4: binary
    a.write(line("a5", "Caf\u00e9 news.").getBytes(StandardCharsets.ISO_8859_1));     // line 5: latin-1
    a.write("\n".getBytes(StandardCharsets.UTF_8));                                      // line 6: blank, not a record
    a.write(line("a7", "x".repeat(3000)).getBytes(StandardCharsets.UTF_8));           // line 7: too large
    a.write(line("a8", "Alpha   STORY one.").getBytes(StandardCharsets.UTF_8));         // line 8: exact duplicate of a1
    Files.write(feed.resolve("a.jsonl"), a.toByteArray());
    Files.write(feed.resolve("b.jsonl.gz"), gzip(line("b1", "Bravo story.") + line("b2", "Charlie story.")));
    byte[] whole = gzip(line("c1", "Delta story.") + line("c2", "Echo story.".repeat(200)));
    Files.write(feed.resolve("c.jsonl.gz"), Arrays.copyOf(whole, whole.length - 30)); // truncated
    Files.writeString(feed.resolve("notes.xml"), "<a/>\n");
    Files.writeString(feed.resolve(".hidden.jsonl"), line("h1", "Hidden."));
    Path texts = Files.createDirectories(dir.resolve("texts/sport"));
    Files.writeString(texts.resolve("001.txt"), "Team wins cup\n\nThe team won the cup on Sunday.\n");
    Files.write(texts.resolve("002.txt"), "Caf\u00e9 owner wins\n\nThe caf\u00e9 won.\n".getBytes(StandardCharsets.ISO_8859_1));

    List<InputFile> files = InputFiles.list(List.of(feed.toString(), dir.resolve("texts").toString()),
        InputFormat.AUTO, new Configuration());
    Dataset<RawRecord> records = IngestStage.read(TestSpark.session(), files, FieldMapping.DEFAULT, 2000, Map.of());
    read = records.count();
    IngestStage.Result result = IngestStage.split(records.toDF());
    articles = result.articles().orderBy("id").collectAsList();
    rejects = result.rejects().orderBy("sourceFile", "position").collectAsList();
  }

  static Map<String, Row> byId(List<Row> rows) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : rows) {
      m.put(r.getAs("id"), r);
    }
    return m;
  }

  @Test
  void everyRecordIsAnArticleOrAReject() {
    assertEquals(read, articles.size() + rejects.size());
    assertEquals(List.of("a1", "a5", "a8", "b1", "b2", "c1", "sport/001", "sport/002"),
        articles.stream().map(r -> (String) r.getAs("id")).toList());
  }

  @Test
  void rejectsSayWhereAndWhy() {
    Map<String, String> reasonAt = new HashMap<>();
    for (Row r : rejects) {
      String file = Path.of(java.net.URI.create(r.getAs("sourceFile"))).getFileName().toString();
      reasonAt.put(file + ":" + r.getAs("position"), r.getAs("rejectReason"));
    }
    assertEquals(Map.of(
        "a.jsonl:2", "malformed_json",
        "a.jsonl:3", "duplicate_id",
        "a.jsonl:4", "binary_content",
        "a.jsonl:7", "record_too_large",
        "c.jsonl.gz:2", "truncated_input",
        "notes.xml:0", "unsupported_file"), reasonAt);
  }

  @Test
  void encodingsAreRecordedAndDecoded() {
    Map<String, Row> m = byId(articles);
    assertEquals("Café news.", m.get("a5").getAs("text"));
    assertEquals("windows-1252", m.get("a5").getAs("encoding"));
    assertEquals("The café won.", m.get("sport/002").getAs("text"));
    assertEquals("Team wins cup", m.get("sport/001").getAs("title"));
  }

  @Test
  void exactDuplicatesPointToTheirRepresentative() {
    Map<String, Row> m = byId(articles);
    assertEquals("a1", m.get("a8").getAs("duplicate_of"));
    assertNull(m.get("a1").getAs("duplicate_of"));
    assertEquals(1, articles.stream().filter(r -> r.getAs("duplicate_of") != null).count());
  }
}
