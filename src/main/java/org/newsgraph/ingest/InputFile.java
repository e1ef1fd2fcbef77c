package org.newsgraph.ingest;

import java.io.Serializable;

/** A file to read, with the path relative to the input it was found under (text ids use it). */
public class InputFile implements Serializable {
  private String path;
  private String relativePath;
  /** JSONL or TEXT; null when auto-detection found no reader for the file. */
  private String format;

  public InputFile() {}

  public InputFile(String path, String relativePath, InputFormat format) {
    this.path = path;
    this.relativePath = relativePath;
    this.format = format == null ? null : format.name();
  }

  public String getPath() { return path; }
  public void setPath(String path) { this.path = path; }
  public String getRelativePath() { return relativePath; }
  public void setRelativePath(String relativePath) { this.relativePath = relativePath; }
  public String getFormat() { return format; }
  public void setFormat(String format) { this.format = format; }
}
