package org.newsgraph.ingest;

import java.util.Locale;

/** Input layouts the job reads. AUTO picks per file from its name. */
public enum InputFormat {
  AUTO, JSONL, TEXT, CSV, TSV, PARQUET, WARC;

  /** What auto recognises, for messages. */
  public static final String AUTO_SUFFIXES =
      ".jsonl/.ndjson/.json, .txt, .csv, .tsv/.tab, .parquet and .warc/.arc files";

  public static InputFormat parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown input format '" + value
          + "': use auto, jsonl, text, csv, tsv, parquet or warc");
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
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".tsv") || n.endsWith(".tab")) {
      return TSV;
    }
    if (n.endsWith(".parquet")) {
      return PARQUET;
    }
    if (n.endsWith(".warc") || n.endsWith(".arc")) {
      return WARC;
    }
    return null;
  }
}
