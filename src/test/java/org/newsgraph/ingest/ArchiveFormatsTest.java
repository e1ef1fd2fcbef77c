package org.newsgraph.ingest;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.TestSpark;

/** CSV/TSV, Parquet and WARC inputs, read through the same per-file readers the job uses. */
class ArchiveFormatsTest {
  static Path dir;

  static final String CSV = "id,title,text,published,url\n"
      + "c1,Plain,Ministers met in Paris on Monday.,2026-03-02,https://example.org/c1\n"
      + "c2,\"Quoted, with comma\",\"She said \"\"no\"\".\nA second line.\",2026-03-03,\n"
      + "c3,Short row\n"
      + "c4,,   ,2026-03-04,\n";

  @BeforeAll
  static void fixtures() throws IOException {
    dir = TestSpark.tempDir("formats");
  }

  static Map<String, RawRecord> read(Path file) {
    return read(file, FieldMapping.DEFAULT);
  }

  static Map<String, RawRecord> read(Path file, FieldMapping fields) {
    InputFile f = new InputFile(file.toUri().toString(), file.getFileName().toString(),
        InputFormat.ofFileName(file.getFileName().toString()));
    Map<String, RawRecord> out = new LinkedHashMap<>();
    var it = FileRecordReader.open(f, new Configuration(), new RecordParser(fields), 100_000);
    while (it.hasNext()) {
      RawRecord r = it.next();
      out.put(r.isRejected() ? r.getRejectReason() + "@" + r.getPosition() : r.getId(), r);
    }
    return out;
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(b);
    }
    return bytes.toByteArray();
  }

  static byte[] bzip2(byte[] b) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
      out.write(b);
    }
    return bytes.toByteArray();
  }

  @Test
  void csvQuotingMultiLineFieldsAndBadRows() throws IOException {
    Path file = Files.writeString(dir.resolve("a.csv"), CSV);
    Map<String, RawRecord> r = read(file);
    assertEquals(List.of("c1", "c2", "malformed_csv@3", "empty_body@4"), List.copyOf(r.keySet()));
    assertEquals("Ministers met in Paris on Monday.", r.get("c1").getText());
    assertEquals("https://example.org/c1", r.get("c1").getUrl());
    assertEquals(Timestamp.from(Instant.parse("2026-03-02T00:00:00Z")), r.get("c1").getPublished());
    assertEquals("Quoted, with comma", r.get("c2").getTitle());
    assertEquals("She said \"no\".\nA second line.", r.get("c2").getText());
    assertNull(r.get("c2").getUrl());
    assertEquals("2 fields where the header has 5", r.get("malformed_csv@3").getRejectDetail());
    assertEquals("c4", r.get("empty_body@4").getId());
  }

  @Test
  void compressedCsvTsvAndMappedColumns() throws IOException {
    Files.write(dir.resolve("b.csv.gz"), gzip(CSV.getBytes(StandardCharsets.UTF_8)));
    assertEquals(4, read(dir.resolve("b.csv.gz")).size());
    String tsv = "doc\tbody\theadline\n7\tKyiv said talks would go on.\tTalks\n";
    Files.write(dir.resolve("c.tsv.bz2"), bzip2(tsv.getBytes(StandardCharsets.UTF_8)));
    FieldMapping fields = new FieldMapping("doc", "headline", "body", "date", "source", "url", "language");
    Map<String, RawRecord> r = read(dir.resolve("c.tsv.bz2"), fields);
    assertEquals("Kyiv said talks would go on.", r.get("7").getText());
    assertEquals("Talks", r.get("7").getTitle());
    assertEquals("missing", r.get("7").getPublishedStatus());
  }

  @Test
  void csvUnclosedQuoteKeepsEarlierRowsAndLatin1IsDecoded() throws IOException {
    byte[] bytes = ("id,text\nk1,Caf\u00e9 opens in Lyon.\nk2,\"never closed\nk3,more\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    Map<String, RawRecord> r = read(Files.write(dir.resolve("d.csv"), bytes));
    assertEquals("Café opens in Lyon.", r.get("k1").getText());
    assertEquals("windows-1252", r.get("k1").getEncoding());
    assertEquals(2, r.size(), r.keySet().toString());
    assertTrue(r.containsKey("malformed_csv@2"), r.keySet().toString());
  }

  @Test
  void parquetColumnsTimestampsAndNumbers() throws IOException {
    StructType schema = new StructType()
        .add("article_id", DataTypes.LongType).add("headline", DataTypes.StringType)
        .add("body", DataTypes.StringType).add("published", DataTypes.TimestampType)
        .add("extra", DataTypes.createArrayType(DataTypes.StringType));
    List<org.apache.spark.sql.Row> rows = List.of(
        RowFactory.create(11L, "Rates", "The central bank in Frankfurt held rates.",
            Timestamp.from(Instant.parse("2026-05-06T07:08:09Z")), List.of("x")),
        RowFactory.create(12L, null, null, null, List.of()));
    Path out = dir.resolve("pq");
    TestSpark.session().createDataFrame(rows, schema).coalesce(1).write().parquet(out.toString());
    Path file;
    try (var files = Files.list(out)) {
      file = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    FieldMapping fields = new FieldMapping("article_id", "headline", "body", "published", "source", "url", "language");
    Map<String, RawRecord> r = read(file, fields);
    assertEquals("The central bank in Frankfurt held rates.", r.get("11").getText());
    assertEquals(Timestamp.from(Instant.parse("2026-05-06T07:08:09Z")), r.get("11").getPublished());
    assertEquals("12", r.get("empty_body@2").getId());
    // A mapped column of a nested type is a wrong type for the whole file, not a crash.
    FieldMapping nested = new FieldMapping("article_id", "headline", "extra", "published", "source", "url", "language");
    Map<String, RawRecord> bad = read(file, nested);
    assertEquals(List.of("invalid_field_type@0"), List.copyOf(bad.keySet()));
  }

  static byte[] warc(WarcCompression compression) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(bytes), compression);
    Instant crawled = Instant.parse("2026-04-01T10:00:00Z");
    String page = "<html><head><title>Port strike ends | Daily Example</title>"
        + "<meta property=\"og:title\" content=\"Port strike ends\">"
        + "<meta property=\"article:published_time\" content=\"2026-03-31T18:30:00Z\"></head>"
        + "<body><nav>Home | World | Sport</nav><header>Daily Example</header><article><h1>Port strike ends</h1>"
        + "<p>Dock workers in Rotterdam returned to work on Tuesday.</p><p>The union said pay rose 4%.</p>"
        + "</article><footer>Copyright Daily Example</footer><script>var x=1;</script></body></html>";
    String undated = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 reopens</title></head>"
        + "<body><p>The caf\u00e9 in Lille reopened after repairs.</p></body></html>";
    w.write(new WarcRequest.Builder("https://news.example/strike")
        .body(new HttpRequest.Builder("GET", "/strike").build()).date(crawled).build());
    w.write(response("https://news.example/strike", 200, MediaType.HTML_UTF8,
        page.getBytes(StandardCharsets.UTF_8), crawled));
    w.write(response("https://news.example/cafe", 200, MediaType.parse("text/html"),
        undated.getBytes(StandardCharsets.ISO_8859_1), crawled));
    w.write(response("https://news.example/gone", 404, MediaType.HTML, "<p>Not found</p>".getBytes(), crawled));
    w.write(response("https://news.example/logo.png", 200, MediaType.parse("image/png"), new byte[] {1, 2, 3}, crawled));
    w.close();
    return bytes.toByteArray();
  }

  static WarcResponse response(String url, int status, MediaType type, byte[] body, Instant date) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build();
    return new WarcResponse.Builder(url).date(date).body(http).build();
  }

  @Test
  void warcPagesBecomeArticlesWithUrlTitleAndDates() throws IOException {
    for (String name : List.of("crawl.warc", "crawl.warc.gz", "crawl.warc.bz2")) {
      byte[] bytes = name.endsWith(".gz") ? warc(WarcCompression.GZIP)
          : name.endsWith(".bz2") ? bzip2(warc(WarcCompression.NONE)) : warc(WarcCompression.NONE);
      Map<String, RawRecord> r = read(Files.write(dir.resolve(name), bytes));
      List<String> kinds = new ArrayList<>();
      r.values().forEach(x -> kinds.add(x.isRejected() ? x.getRejectReason() : "article"));
      assertEquals(List.of("article", "article", "http_error", "not_html"), kinds, name);
      RawRecord strike = r.get("https://news.example/strike");
      assertEquals("Port strike ends", strike.getTitle());
      assertEquals("Dock workers in Rotterdam returned to work on Tuesday.\n\nThe union said pay rose 4%.",
          strike.getText());
      assertEquals("news.example", strike.getSource());
      assertEquals(Timestamp.from(Instant.parse("2026-03-31T18:30:00Z")), strike.getPublished());
      assertEquals("ok", strike.getPublishedStatus());
      assertEquals(Timestamp.from(Instant.parse("2026-04-01T10:00:00Z")), strike.getCrawled());
      RawRecord cafe = r.get("https://news.example/cafe");
      assertEquals("The café in Lille reopened after repairs.", cafe.getText(), name);
      assertEquals("crawl_date", cafe.getPublishedStatus());
      assertEquals(cafe.getCrawled(), cafe.getPublished());
      assertFalse(strike.getText().contains("Copyright"));
    }
  }

  @Test
  void theJobReadsMixedFormatsInOneFolder() throws Exception {
    Path in = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(in.resolve("feed.csv"), CSV);
    Files.write(in.resolve("crawl.warc.gz"), warc(WarcCompression.GZIP));
    // The CSV's first story again, as a web page: a syndicated copy in another wrapper.
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(copy), WarcCompression.NONE)) {
      w.write(response("https://other.example/c1", 200, MediaType.HTML_UTF8,
          "<html><head><title>Ministers in Paris</title></head><body><article><p>Ministers met in Paris on Monday.</p></article></body></html>"
              .getBytes(StandardCharsets.UTF_8), Instant.parse("2026-03-02T12:00:00Z")));
    }
    Files.write(in.resolve("copy.warc"), copy.toByteArray());
    Path out = dir.resolve("mixed-out");
    var manifest = org.newsgraph.job.NewsgraphJob.run(TestSpark.session(),
        TestSpark.sampleConfig(out, "input.paths", in.toString(), "topics.enabled", "false", "output.graphml", "false"));
    assertTrue(manifest.reconciles(), manifest.toJson());
    assertEquals(4 + 4 + 1, manifest.recordsRead, "4 CSV rows, 4 WARC responses, 1 copy");
    Map<String, org.apache.spark.sql.Row> articles = new LinkedHashMap<>();
    for (org.apache.spark.sql.Row r : TestSpark.session().read().parquet(out.resolve("articles").toString())
        .collectAsList()) {
      articles.put(r.getAs("id"), r);
    }
    assertEquals(Timestamp.from(Instant.parse("2026-04-01T10:00:00Z")),
        articles.get("https://news.example/strike").getAs("crawled_at"));
    assertNull(articles.get("c1").getAs("crawled_at"));
    assertEquals("c1", articles.get("https://other.example/c1").getAs("duplicate_of"));
    assertEquals("exact", articles.get("https://other.example/c1").getAs("duplicate_kind"));
    assertEquals(Map.of("empty_body", 1L, "http_error", 1L, "malformed_csv", 1L, "not_html", 1L),
        manifest.rejectsByReason);
  }

  @Test
  void aFileThatIsNotAWarcIsOneReject() throws IOException {
    Map<String, RawRecord> r = read(Files.writeString(dir.resolve("bogus.warc"), "hello, not a web archive\n"));
    assertEquals(1, r.size());
    assertTrue(r.values().iterator().next().isRejected());
  }
}
