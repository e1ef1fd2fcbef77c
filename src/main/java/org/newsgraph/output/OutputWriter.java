package org.newsgraph.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.newsgraph.cli.ConfigException;

/**
 * Writes the tables so that a reader never sees a mix of two runs: every table goes to a staging
 * folder inside the output first; only when all are written are the old tables replaced, and the
 * manifest and the _SUCCESS marker are written last. An output without _SUCCESS is incomplete.
 * A folder that holds something other than a newsgraph output is never written into unless the
 * user allows it.
 */
public final class OutputWriter {
  /** Marks a folder as a newsgraph output, so a rerun may replace it. */
  public static final String MARKER = "_NEWSGRAPH";
  public static final String SUCCESS = "_SUCCESS";
  public static final String MANIFEST_JSON = "run_manifest.json";
  private static final String STAGING_PREFIX = "_staging-";

  private final FileSystem fs;
  private final Path root;
  private final Path staging;
  private final List<String> written = new ArrayList<>();

  public OutputWriter(String output, String runId, Configuration conf) throws IOException {
    Path p = new Path(output);
    this.fs = p.getFileSystem(conf);
    this.root = fs.makeQualified(p);
    this.staging = new Path(root, STAGING_PREFIX + runId);
  }

  /** Fails (before any work) when the output folder is not ours to write. */
  public static void checkWritable(String output, boolean overwrite, Configuration conf) throws IOException {
    Path p = new Path(output);
    FileSystem fs = p.getFileSystem(conf);
    if (!fs.exists(p)) {
      return;
    }
    if (!fs.getFileStatus(p).isDirectory()) {
      throw new ConfigException("output " + output + " is a file, not a folder: choose another --output");
    }
    boolean empty = fs.listStatus(p).length == 0;
    if (!empty && !fs.exists(new Path(p, MARKER)) && !overwrite) {
      throw new ConfigException("output folder " + output + " is not empty and is not a newsgraph output: "
          + "choose another --output, or pass --overwrite to replace what is there");
    }
  }

  /**
   * Writes one table into staging. Spark writes no file at all for an empty partitioned table, and
   * readers could not tell its schema: such a table is written again, unpartitioned, as one empty
   * file. (Asking first whether the rows are empty would run the query's shuffles twice.)
   */
  public void write(String table, Dataset<Row> rows, String... partitionColumns) throws IOException {
    Path target = new Path(staging, table);
    rows.write().mode(SaveMode.Overwrite).partitionBy(partitionColumns).parquet(target.toString());
    if (partitionColumns.length > 0 && !holdsData(target)) {
      rows.write().mode(SaveMode.Overwrite).parquet(target.toString());
    }
    written.add(table);
  }

  /** Whether a written table folder holds anything besides Spark's markers (_SUCCESS, .crc files). */
  private boolean holdsData(Path table) throws IOException {
    for (FileStatus s : fs.listStatus(table)) {
      String name = s.getPath().getName();
      if (!name.startsWith("_") && !name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Writes one small file (such as the GraphML network) into staging. */
  public void writeFile(String name, String content) throws IOException {
    writeText(new Path(staging, name), content);
    written.add(name);
  }

  /** Moves the staged tables into place and writes the manifest, the marker and _SUCCESS last. */
  public void commit(String manifestJson) throws IOException {
    fs.delete(new Path(root, SUCCESS), false);
    fs.delete(new Path(root, MARKER), false);
    for (FileStatus s : fs.listStatus(root)) {
      if (!s.getPath().getName().startsWith(STAGING_PREFIX)) {
        fs.delete(s.getPath(), true); // the previous run's tables, or what --overwrite replaces
      }
    }
    for (String table : written) {
      Path target = new Path(root, table);
      if (!fs.rename(new Path(staging, table), target)) {
        throw new IOException("could not move " + table + " into " + root);
      }
    }
    fs.delete(staging, true);
    for (FileStatus s : fs.listStatus(root)) {
      if (s.getPath().getName().startsWith(STAGING_PREFIX)) {
        fs.delete(s.getPath(), true); // left by a run that died
      }
    }
    writeText(new Path(root, MANIFEST_JSON), manifestJson);
    writeText(new Path(root, MARKER), "newsgraph output; see docs/tables.md\n");
    writeText(new Path(root, SUCCESS), "");
  }

  public String root() {
    return root.toString();
  }

  private void writeText(Path path, String text) throws IOException {
    try (OutputStream out = fs.create(path, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
