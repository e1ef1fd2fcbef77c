package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordParserTest {
  final RecordParser parser = new RecordParser(FieldMapping.DEFAULT);

  RawRecord json(String line) {
    return parser.fromJson(line, "UTF-8", "f.jsonl", 7);
  }

  @Test
  void readsAGoodRecord() {
    RawRecord r = json("{\"id\":\"a1\",\"title\":\"T\",\"text\":\"Body text.\",\"published\":\"2026-01-02T03:04:05Z\","
        + "\"source\":\"S\",\"url\":\"u\"}");
    assertFalse(r.isRejected());
    assertEquals("a1", r.getId());
    assertEquals("Body text.", r.getText());
    assertEquals(Instant.parse("2026-01-02T03:04:05Z"), r.getPublished().toInstant());
    assertEquals("ok", r.getPublishedStatus());
    assertEquals(7, r.getPosition());
  }

  @Test
  void rejectsWithASpecificReason() {
    assertEquals("malformed_json", json("{\"id\": \"x\", \"text\": ").getRejectReason());
    assertEquals("not_an_object", json("[1,2]").getRejectReason());
    assertEquals("missing_id", json("{\"text\":\"Body.\"}").getRejectReason());
    assertEquals("missing_id", json("{\"id\":\" \",\"text\":\"Body.\"}").getRejectReason());
    assertEquals("empty_body", json("{\"id\":\"a\",\"text\":\"  \"}").getRejectReason());
    assertEquals("empty_body", json("{\"id\":\"a\"}").getRejectReason());
    assertEquals("invalid_field_type", json("{\"id\":\"a\",\"text\":42}").getRejectReason());
    assertEquals("invalid_field_type", json("{\"id\":{\"x\":1},\"text\":\"t\"}").getRejectReason());
    assertEquals("empty_after_cleaning", json("{\"id\":\"a\",\"text\":\"Read More\\nShare this article\"}").getRejectReason());
    RawRecord r = json("{\"id\":\"a\",\"text\":42}");
    assertEquals("a", r.getId());
    assertEquals("f.jsonl", r.getSourceFile());
    assertTrue(r.getRejectDetail().contains("text"), r.getRejectDetail());
  }

  @Test
  void integerIdsAndEpochDatesAreAccepted() {
    RawRecord r = json("{\"id\":12,\"text\":\"Body.\",\"published\":1700000000}");
    assertEquals("12", r.getId());
    assertEquals(Instant.ofEpochSecond(1700000000), r.getPublished().toInstant());
  }

  @Test
  void badDatesKeepTheArticle() {
    RawRecord r = json("{\"id\":\"a\",\"text\":\"Body.\",\"published\":\"last Tuesday\"}");
    assertFalse(r.isRejected());
    assertNull(r.getPublished());
    assertEquals("unparseable", r.getPublishedStatus());
    assertEquals("missing", json("{\"id\":\"a\",\"text\":\"Body.\"}").getPublishedStatus());
  }

  @Test
  void mappedFieldNames() {
    RecordParser p = new RecordParser(new FieldMapping("uid", "headline", "body", "date", "site", "link", "lang"));
    RawRecord r = p.fromJson("{\"uid\":\"z\",\"headline\":\"H\",\"body\":\"B.\",\"date\":\"2026-05-01\",\"lang\":\"de\"}",
        "UTF-8", "f", 1);
    assertEquals("de", r.getLanguage());
    assertEquals("z", r.getId());
    assertEquals("H", r.getTitle());
    assertEquals("B.", r.getText());
  }

  @Test
  void textFilesTakeTheirTitleFromTheFirstLine() {
    RawRecord r = parser.fromText("Title line\n\nFirst paragraph.\n\nSecond.", "UTF-8", "business/001", "x.txt");
    assertEquals("Title line", r.getTitle());
    assertEquals("First paragraph.\n\nSecond.", r.getText());
    assertEquals("business/001", r.getId());
    assertEquals("empty_body", parser.fromText("Only a title", "UTF-8", "t", "t.txt").getRejectReason());
  }

  @Test
  void decoderFallsBackToWindows1252AndRefusesBinary() {
    byte[] latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
    TextDecoder.Decoded d = TextDecoder.decode(latin1);
    assertEquals("Caf\u00e9 society", d.text());
    assertEquals("windows-1252", d.encoding());
    assertEquals("UTF-8", TextDecoder.decode("Café".getBytes(StandardCharsets.UTF_8)).encoding());
    assertNull(TextDecoder.decode(new byte[] {'a', 0, 'b'}));
  }

  @Test
  void dateForms() {
    Instant t = Instant.parse("2026-03-04T05:06:07Z");
    assertEquals(t, DateParser.parse("2026-03-04T05:06:07Z"));
    assertEquals(t, DateParser.parse("2026-03-04 05:06:07"));
    assertEquals(t, DateParser.parse("2026-03-04T07:06:07+02:00"));
    assertEquals(t, DateParser.parse("Wed, 4 Mar 2026 05:06:07 GMT"));
    assertEquals(Instant.parse("2026-03-04T00:00:00Z"), DateParser.parse("2026-03-04"));
    assertEquals(t, DateParser.parse(Long.toString(t.toEpochMilli())));
    assertNull(DateParser.parse("soon"));
    assertNull(DateParser.parse("2026-13-45"));
  }
}
