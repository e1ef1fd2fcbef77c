package org.newsgraph.ingest;

import java.io.Serializable;
import java.sql.Timestamp;

/**
 * One input record after reading and cleaning: either a usable article or, when
 * {@code rejectReason} is set, a reject that keeps where it came from and why.
 * A bean because Spark's Java encoders need one.
 */
public class RawRecord implements Serializable {
  private String id;
  private String title;
  private String text;
  private Timestamp published;
  /** ok, missing or unparseable: what happened to the record's publication date. */
  private String publishedStatus;
  private String source;
  private String url;
  /** The language the input declares (input.field.language), if any. */
  private String language;
  private String encoding;
  /** When a web archive captured the page (WARC-Date); null for other formats. */
  private Timestamp crawled;
  private String sourceFile;
  /** 1-based line number for line formats, 0 for one-record-per-file formats. */
  private long position;
  private String rejectReason;
  private String rejectDetail;
  private String excerpt;

  public static RawRecord reject(String sourceFile, long position, RejectReason reason, String detail,
      String excerpt) {
    RawRecord r = new RawRecord();
    r.sourceFile = sourceFile;
    r.position = position;
    r.rejectReason = reason.code();
    r.rejectDetail = detail;
    r.excerpt = excerpt;
    return r;
  }

  public boolean isRejected() {
    return rejectReason != null;
  }

  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public Timestamp getPublished() { return published; }
  public void setPublished(Timestamp published) { this.published = published; }
  public String getPublishedStatus() { return publishedStatus; }
  public void setPublishedStatus(String publishedStatus) { this.publishedStatus = publishedStatus; }
  public String getSource() { return source; }
  public void setSource(String source) { this.source = source; }
  public String getUrl() { return url; }
  public void setUrl(String url) { this.url = url; }
  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
  public String getEncoding() { return encoding; }
  public void setEncoding(String encoding) { this.encoding = encoding; }
  public Timestamp getCrawled() { return crawled; }
  public void setCrawled(Timestamp crawled) { this.crawled = crawled; }
  public String getSourceFile() { return sourceFile; }
  public void setSourceFile(String sourceFile) { this.sourceFile = sourceFile; }
  public long getPosition() { return position; }
  public void setPosition(long position) { this.position = position; }
  public String getRejectReason() { return rejectReason; }
  public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
  public String getRejectDetail() { return rejectDetail; }
  public void setRejectDetail(String rejectDetail) { this.rejectDetail = rejectDetail; }
  public String getExcerpt() { return excerpt; }
  public void setExcerpt(String excerpt) { this.excerpt = excerpt; }
}
