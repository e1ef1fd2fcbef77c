package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
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
 * Reads the records of one input file lazily, one JSON line or one text file at a time, so that a
 * large file never sits in memory whole. Every failure becomes a reject record: a malformed line,
 * a line over the size limit (skipped without buffering it), undecodable bytes, a compressed
 * stream that ends early. Records read before a failure are kept.
 */
public final class FileRecordReader implements Iterator<RawRecord> {
  private static final int BUFFER = 1 << 16;

  private final InputFile file;
  private final RecordParser parser;
  private final int maxRecordBytes;
  private final ArrayDeque<RawRecord> ready = new ArrayDeque<>();
  private InputStream in;
  private final byte[] buf = new byte[BUFFER];
  private int bufPos;
  private int bufLen;
  private long lineNo;
  private boolean done;

  public FileRecordReader(InputFile file, Configuration conf, RecordParser parser, int maxRecordBytes) {
    this.file = file;
    this.parser = parser;
    this.maxRecordBytes = maxRecordBytes;
    if (file.getFormat() == null) {
      ready.add(RawRecord.reject(file.getPath(), 0, RejectReason.UNSUPPORTED_FILE,
          "auto format reads .jsonl/.ndjson/.json and .txt files (optionally .gz/.bz2); use --format", null));
      done = true;
      return;
    }
    try {
      Path path = new Path(file.getPath());
      InputStream raw = path.getFileSystem(conf).open(path);
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      in = codec == null ? raw : codec.createInputStream(raw);
    } catch (IOException e) {
      fail(0, e);
    }
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !done) {
      advance();
    }
    return !ready.isEmpty();
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void advance() {
    try {
      if (InputFormat.valueOf(file.getFormat()) == InputFormat.TEXT) {
        readTextFile();
        close();
      } else if (!readJsonLine()) {
        close();
      }
    } catch (IOException | RuntimeException e) {
      fail(lineNo + 1, e);
    }
  }

  private void readTextFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[BUFFER];
    int n;
    while ((n = in.read(chunk)) > 0) {
      out.write(chunk, 0, n);
      if (out.size() > maxRecordBytes) {
        ready.add(RawRecord.reject(file.getPath(), 0, RejectReason.RECORD_TOO_LARGE,
            "more than " + maxRecordBytes + " bytes", null));
        return;
      }
    }
    byte[] bytes = out.toByteArray();
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded == null) {
      ready.add(RawRecord.reject(file.getPath(), 0, RejectReason.BINARY_CONTENT, bytes.length + " bytes", null));
      return;
    }
    ready.add(parser.fromText(decoded.text(), decoded.encoding(), textId(file.getRelativePath()), file.getPath()));
  }

  /** Reads one line into a record; returns false at the end of the file. */
  private boolean readJsonLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long size = 0;
    boolean sawAny = false;
    while (true) {
      if (bufPos == bufLen) {
        bufLen = in.read(buf, 0, buf.length);
        bufPos = 0;
        if (bufLen <= 0) {
          bufLen = 0;
          if (!sawAny) {
            return false;
          }
          break;
        }
      }
      sawAny = true;
      int start = bufPos;
      while (bufPos < bufLen && buf[bufPos] != '\n') {
        bufPos++;
      }
      int len = bufPos - start;
      size += len;
      if (size <= maxRecordBytes) {
        line.write(buf, start, len);
      }
      if (bufPos < bufLen) {
        bufPos++; // the newline
        break;
      }
    }
    lineNo++;
    if (size > maxRecordBytes) {
      ready.add(RawRecord.reject(file.getPath(), lineNo, RejectReason.RECORD_TOO_LARGE,
          size + " bytes, more than input.max-record-bytes=" + maxRecordBytes, null));
      return true;
    }
    byte[] bytes = line.toByteArray();
    int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, 0, len);
    if (decoded == null) {
      ready.add(RawRecord.reject(file.getPath(), lineNo, RejectReason.BINARY_CONTENT, len + " bytes", null));
    } else if (!decoded.text().isBlank()) {
      ready.add(parser.fromJson(decoded.text(), decoded.encoding(), file.getPath(), lineNo));
    }
    return true;
  }

  private void fail(long position, Exception e) {
    RejectReason reason = e instanceof EOFException ? RejectReason.TRUNCATED_INPUT : RejectReason.READ_ERROR;
    ready.add(RawRecord.reject(file.getPath(), position, reason,
        e.getClass().getSimpleName() + ": " + e.getMessage(), null));
    close();
  }

  private void close() {
    done = true;
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing left to read from it
      }
      in = null;
    }
  }

  /** business/001.txt and business/001.txt.gz both become the id business/001. */
  static String textId(String relativePath) {
    return relativePath.replaceFirst("\\.(gz|bz2|deflate)$", "").replaceFirst("\\.[^./]*$", "");
  }
}
