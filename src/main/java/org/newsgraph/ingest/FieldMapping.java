package org.newsgraph.ingest;

import java.io.Serializable;

/** Which JSON field holds each article attribute (input.field.* in the config). */
public record FieldMapping(String id, String title, String text, String published, String source,
    String url, String language) implements Serializable {

  public static final FieldMapping DEFAULT =
      new FieldMapping("id", "title", "text", "published", "source", "url", "language");
}
