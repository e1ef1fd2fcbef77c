package org.newsgraph.ingest;

import java.io.Serializable;

/** Which JSON field holds each article attribute (input.field.* in the config). */
public record FieldMapping(String id, String title, String text, String published, String source,
    String url, String language) implements Serializable {

  /** The mapped names, for readers that select columns. */
  public java.util.List<String> names() {
    return java.util.List.of(id, title, text, published, source, url, language);
  }

  public static final FieldMapping DEFAULT =
      new FieldMapping("id", "title", "text", "published", "source", "url", "language");
}
