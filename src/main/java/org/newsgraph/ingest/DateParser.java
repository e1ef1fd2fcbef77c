package org.newsgraph.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the publication dates news feeds carry: ISO-8601 instants, offset or local date-times
 * (a space instead of T is accepted; local times are taken as UTC), plain dates, RFC 1123 dates
 * as in RSS, and epoch seconds or milliseconds. Returns null for anything else.
 */
public final class DateParser {
  private DateParser() {}

  public static Instant parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.isEmpty()) {
      return null;
    }
    if (s.matches("\\d{9,13}")) {
      long n = Long.parseLong(s);
      return s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
    String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
