package org.newsgraph.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * The records of one input file, read lazily so that a large file never sits in memory whole.
 * Subclasses read one format; this class turns any failure into a reject record (records read
 * before it are kept) and closes the file at the end or on the first failure.
 */
abstract class RecordIterator implements Iterator<RawRecord> {
  protected final InputFile file;
  protected final ArrayDeque<RawRecord> ready = new ArrayDeque<>();
  /** The position of the last record read: line, row or byte offset, as the format defines it. */
  protected long position;
  private boolean done;

  RecordIterator(InputFile file) {
    this.file = file;
  }

  /** Reads at least one more record into {@link #ready}, or returns false at the end of the file. */
  protected abstract boolean readMore() throws IOException;

  protected abstract void closeInput() throws IOException;

  /** Where a failure is reported: by default the record after the last one read. */
  protected long failurePosition() {
    return position + 1;
  }

  /** The reject reason a failure while reading stands for. */
  protected RejectReason reasonFor(Exception e) {
    return e instanceof EOFException ? RejectReason.TRUNCATED_INPUT : RejectReason.READ_ERROR;
  }

  @Override
  public final boolean hasNext() {
    while (ready.isEmpty() && !done) {
      try {
        if (!readMore()) {
          finish();
        }
      } catch (IOException | RuntimeException e) {
        fail(failurePosition(), e);
      }
    }
    return !ready.isEmpty();
  }

  @Override
  public final RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  /** Ends the file with one reject for what could not be read. */
  protected final void fail(long at, Exception e) {
    Throwable cause = e.getCause() != null && e instanceof java.io.UncheckedIOException ? e.getCause() : e;
    ready.add(RawRecord.reject(file.getPath(), at, reasonFor(e),
        cause.getClass().getSimpleName() + ": " + cause.getMessage(), null));
    finish();
  }

  protected final void finish() {
    done = true;
    try {
      closeInput();
    } catch (IOException | RuntimeException ignored) {
      // nothing more is read from it
    }
  }

  /** Opens a file through its Hadoop file system, decompressing .gz, .bz2 and .deflate by name. */
  static InputStream open(InputFile file, Configuration conf) throws IOException {
    Path path = new Path(file.getPath());
    InputStream raw = path.getFileSystem(conf).open(path);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    return codec == null ? raw : codec.createInputStream(raw);
  }
}
