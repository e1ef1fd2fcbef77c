package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads JSON Lines (one record per line) and text files (one record per file). A malformed line
 * or one over the size limit (skipped without buffering it) becomes a reject; so does a file of
 * undecodable bytes or a compressed stream that ends early, with the records before it kept.
 */
public final class FileRecordReader extends RecordIterator {
  private static final int BUFFER = 1 << 16;

  private final RecordParser parser;
  private final int maxRecordBytes;
  private final boolean text;
  private InputStream in;
  private final byte[] buf = new byte[BUFFER];
  private int bufPos;
  private int bufLen;

  private FileRecordReader(InputFile file, Configuration conf, RecordParser parser, int maxRecordBytes) {
    super(file);
    this.parser = parser;
    this.maxRecordBytes = maxRecordBytes;
    this.text = InputFormat.valueOf(file.getFormat()) == InputFormat.TEXT;
    try {
      in = open(file, conf);
    } catch (IOException e) {
      fail(0, e);
    }
  }

  /** The records of one file, in the reader its format needs; a reject when no format fits. */
  public static Iterator<RawRecord> open(InputFile file, Configuration conf, RecordParser parser, int maxRecordBytes) {
    if (file.getFormat() == null) {
      return java.util.List.of(RawRecord.reject(file.getPath(), 0, RejectReason.UNSUPPORTED_FILE,
          "auto format reads " + InputFormat.AUTO_SUFFIXES + " (optionally .gz/.bz2); use --format", null)).iterator();
    }
    return switch (InputFormat.valueOf(file.getFormat())) {
      case JSONL, TEXT -> new FileRecordReader(file, conf, parser, maxRecordBytes);
      case CSV -> new CsvRecordReader(file, conf, parser, maxRecordBytes, ',');
      case TSV -> new CsvRecordReader(file, conf, parser, maxRecordBytes, '\t');
      case WARC -> new WarcRecordReader(file, conf, parser, maxRecordBytes);
      case PARQUET -> new ParquetRecordReader(file, conf, parser);
      case AUTO -> throw new IllegalStateException("auto is resolved per file when listing");
    };
  }

  @Override
  protected boolean readMore() throws IOException {
    if (text) {
      readTextFile();
      return false;
    }
    return readJsonLine();
  }

  @Override
  protected long failurePosition() {
    return text ? 0 : position + 1;
  }

  @Override
  protected void closeInput() throws IOException {
    if (in != null) {
      in.close();
      in = null;
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
    position++;
    if (size > maxRecordBytes) {
      ready.add(RawRecord.reject(file.getPath(), position, RejectReason.RECORD_TOO_LARGE,
          size + " bytes, more than input.max-record-bytes=" + maxRecordBytes, null));
      return true;
    }
    byte[] bytes = line.toByteArray();
    int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, 0, len);
    if (decoded == null) {
      ready.add(RawRecord.reject(file.getPath(), position, RejectReason.BINARY_CONTENT, len + " bytes", null));
    } else if (!decoded.text().isBlank()) {
      ready.add(parser.fromJson(decoded.text(), decoded.encoding(), file.getPath(), position));
    }
    return true;
  }

  /** business/001.txt and business/001.txt.gz both become the id business/001. */
  static String textId(String relativePath) {
    return relativePath.replaceFirst("\\.(gz|bz2|deflate)$", "").replaceFirst("\\.[^./]*$", "");
  }
}
