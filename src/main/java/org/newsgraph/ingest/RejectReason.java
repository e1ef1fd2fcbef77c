package org.newsgraph.ingest;

import java.util.Locale;

/** Why a record did not become an article. The code is what the rejects table stores. */
public enum RejectReason {
  MALFORMED_JSON("the line is not valid JSON"),
  NOT_AN_OBJECT("the JSON value is not an object"),
  MISSING_ID("the id field is missing or empty"),
  INVALID_FIELD_TYPE("a field has the wrong JSON type"),
  EMPTY_BODY("the text field is missing or blank"),
  EMPTY_AFTER_CLEANING("nothing but boilerplate was left after cleaning"),
  BINARY_CONTENT("the bytes are not text in any supported encoding"),
  RECORD_TOO_LARGE("the record is larger than input.max-record-bytes"),
  TRUNCATED_INPUT("the file ends in the middle of a compressed stream"),
  READ_ERROR("the file could not be read"),
  MALFORMED_CSV("a CSV/TSV row has the wrong number of fields, or a quote never closes"),
  NOT_HTML("a web archive response is not an HTML page"),
  HTTP_ERROR("a web archive response has an HTTP status other than 2xx"),
  UNSUPPORTED_FILE("the file type is not one the chosen format reads"),
  DUPLICATE_ID("another record with the same id was read first");

  private final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String meaning() {
    return meaning;
  }
}
