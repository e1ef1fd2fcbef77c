package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.newsgraph.clean.Boilerplate;

/**
 * Turns one decoded record (a JSON line, or a text file's content) into a cleaned article or a
 * reject with its reason. Pure logic: no I/O, no Spark.
 */
public final class RecordParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT_CHARS = 200;

  private final FieldMapping fields;

  public RecordParser(FieldMapping fields) {
    this.fields = fields;
  }

  public FieldMapping fields() {
    return fields;
  }

  public RawRecord fromJson(String line, String encoding, String sourceFile, long position) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return RawRecord.reject(sourceFile, position, RejectReason.MALFORMED_JSON,
          e.getOriginalMessage(), excerpt(line));
    }
    if (node == null || !node.isObject()) {
      return RawRecord.reject(sourceFile, position, RejectReason.NOT_AN_OBJECT,
          "found " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()), excerpt(line));
    }
    RawRecord r = new RawRecord();
    r.setSourceFile(sourceFile);
    r.setPosition(position);
    r.setEncoding(encoding);
    try {
      r.setId(idOf(node.get(fields.id())));
      r.setTitle(stringOf(node, fields.title()));
      r.setSource(stringOf(node, fields.source()));
      r.setUrl(stringOf(node, fields.url()));
      r.setLanguage(stringOf(node, fields.language()));
      String text = stringOf(node, fields.text());
      setPublished(r, scalarOf(node, fields.published()));
      return finish(r, text, line);
    } catch (WrongType e) {
      RawRecord reject = RawRecord.reject(sourceFile, position, RejectReason.INVALID_FIELD_TYPE,
          e.getMessage(), excerpt(line));
      reject.setId(r.getId());
      return reject;
    }
  }

  /**
   * A record whose attributes arrive as strings by column name: a CSV/TSV row or a Parquet row.
   * {@code value} returns null for an absent column or a null cell.
   */
  public RawRecord fromValues(UnaryOperator<String> value, String encoding, String sourceFile, long position,
      String raw) {
    RawRecord r = new RawRecord();
    r.setSourceFile(sourceFile);
    r.setPosition(position);
    r.setEncoding(encoding);
    String id = value.apply(fields.id());
    r.setId(id == null ? null : id.strip());
    r.setTitle(value.apply(fields.title()));
    r.setSource(value.apply(fields.source()));
    r.setUrl(value.apply(fields.url()));
    r.setLanguage(value.apply(fields.language()));
    setPublished(r, value.apply(fields.published()));
    return finish(r, value.apply(fields.text()), raw);
  }

  /**
   * A page from a web archive, its article already extracted from the HTML. The URL is the id;
   * without a publication date in the page the crawl date stands in (published_status crawl_date).
   */
  public RawRecord fromWebPage(String url, String title, String text, String published, Instant crawled,
      String encoding, String sourceFile, long position) {
    RawRecord r = new RawRecord();
    r.setSourceFile(sourceFile);
    r.setPosition(position);
    r.setEncoding(encoding);
    r.setId(url);
    r.setUrl(url);
    r.setTitle(title);
    r.setSource(hostOf(url));
    r.setCrawled(crawled == null ? null : Timestamp.from(crawled));
    setPublished(r, published);
    if (r.getPublished() == null && crawled != null) {
      r.setPublished(Timestamp.from(crawled));
      r.setPublishedStatus("crawl_date");
    }
    return finish(r, text, text);
  }

  private static String hostOf(String url) {
    try {
      return url == null ? null : java.net.URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A text file: the first non-blank line is the title, the rest is the body. */
  public RawRecord fromText(String content, String encoding, String id, String sourceFile) {
    RawRecord r = new RawRecord();
    r.setSourceFile(sourceFile);
    r.setPosition(0);
    r.setEncoding(encoding);
    r.setId(id);
    String body = content.replace("\r\n", "\n").replace('\r', '\n').stripLeading();
    int nl = body.indexOf('\n');
    r.setTitle(nl < 0 ? body.strip() : body.substring(0, nl).strip());
    setPublished(r, null);
    return finish(r, nl < 0 ? "" : body.substring(nl + 1), content);
  }

  private RawRecord finish(RawRecord r, String text, String raw) {
    if (r.getId() == null || r.getId().isBlank()) {
      RawRecord reject = RawRecord.reject(r.getSourceFile(), r.getPosition(), RejectReason.MISSING_ID,
          "field '" + fields.id() + "' is missing or empty", excerpt(raw));
      return reject;
    }
    if (text == null || text.isBlank()) {
      return rejectArticle(r, RejectReason.EMPTY_BODY, "field '" + fields.text() + "' is missing or blank", raw);
    }
    String cleaned = Boilerplate.clean(r.getTitle(), text);
    if (cleaned.isBlank()) {
      return rejectArticle(r, RejectReason.EMPTY_AFTER_CLEANING, "all " + text.length()
          + " characters were boilerplate", raw);
    }
    r.setText(cleaned);
    return r;
  }

  private static RawRecord rejectArticle(RawRecord r, RejectReason reason, String detail, String raw) {
    RawRecord reject = RawRecord.reject(r.getSourceFile(), r.getPosition(), reason, detail, excerpt(raw));
    reject.setId(r.getId());
    return reject;
  }

  private static void setPublished(RawRecord r, String value) {
    if (value == null || value.isBlank()) {
      r.setPublishedStatus("missing");
      return;
    }
    Instant instant = DateParser.parse(value);
    r.setPublishedStatus(instant == null ? "unparseable" : "ok");
    r.setPublished(instant == null ? null : Timestamp.from(instant));
  }

  private static String idOf(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText().strip();
    }
    if (v.isIntegralNumber()) {
      return v.asText();
    }
    throw new WrongType("field 'id' is " + v.getNodeType().name().toLowerCase() + ", not a string or integer");
  }

  private static String stringOf(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new WrongType("field '" + field + "' is " + v.getNodeType().name().toLowerCase() + ", not a string");
    }
    return v.asText();
  }

  /** Dates may come as strings or as epoch numbers. */
  private static String scalarOf(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual() || v.isIntegralNumber()) {
      return v.asText();
    }
    throw new WrongType("field '" + field + "' is " + v.getNodeType().name().toLowerCase() + ", not a string or number");
  }

  static String excerpt(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.length() > EXCERPT_CHARS ? raw.substring(0, EXCERPT_CHARS) : raw;
    return s.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "\uFFFD");
  }

  private static final class WrongType extends RuntimeException {
    WrongType(String message) {
      super(message, null, false, false);
    }
  }
}
