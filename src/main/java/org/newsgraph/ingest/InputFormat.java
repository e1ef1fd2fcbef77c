package org.newsgraph.ingest;

import java.util.Locale;

/** Input layouts the job reads. AUTO picks per file from its name. */
public enum InputFormat {
  AUTO, JSONL, TEXT;

  public static InputFormat parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown input format '" + value + "': use auto, jsonl or text");
    }
  }

  /** The format a file's name implies, after any compression suffix; null when none fits. */
  public static InputFormat ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|deflate)$", "");
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return JSONL;
    }
    if (n.endsWith(".txt")) {
      return TEXT;
    }
    return null;
  }
}
