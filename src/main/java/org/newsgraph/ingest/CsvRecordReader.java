package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;

/**
 * CSV and TSV files with a header row (RFC 4180 quoting, so fields may hold delimiters, quotes and
 * line breaks). Columns are matched by the header names in input.field.*. The encoding is chosen
 * per file from its first 64 KiB: UTF-8 if they are valid UTF-8, windows-1252 otherwise. A row
 * with a different number of fields than the header is rejected as malformed_csv; a quote that
 * never closes ends the file with one malformed_csv reject.
 */
final class CsvRecordReader extends RecordIterator {
  private static final int SNIFF = 1 << 16;

  private final RecordParser parser;
  private final int maxRecordBytes;
  private CSVParser csv;
  private Iterator<CSVRecord> rows;
  private List<String> header;
  private CountingReader counted;
  private String encoding;

  CsvRecordReader(InputFile file, Configuration conf, RecordParser parser, int maxRecordBytes, char delimiter) {
    super(file);
    this.parser = parser;
    this.maxRecordBytes = maxRecordBytes;
    try {
      BufferedInputStream in = new BufferedInputStream(open(file, conf), SNIFF);
      in.mark(SNIFF);
      byte[] head = in.readNBytes(SNIFF);
      in.reset();
      if (TextDecoder.looksBinary(head, 0, head.length)) {
        in.close();
        ready.add(RawRecord.reject(file.getPath(), 0, RejectReason.BINARY_CONTENT,
            "the first " + head.length + " bytes are not text", null));
        finish();
        return;
      }
      Charset charset = TextDecoder.isUtf8Prefix(head, head.length == SNIFF)
          ? StandardCharsets.UTF_8 : Charset.forName(TextDecoder.WINDOWS_1252);
      encoding = charset == StandardCharsets.UTF_8 ? TextDecoder.UTF_8 : TextDecoder.WINDOWS_1252;
      counted = new CountingReader(new InputStreamReader(in, charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
          maxRecordBytes);
      csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true).get().parse(counted);
      header = csv.getHeaderNames();
      rows = csv.iterator();
    } catch (IOException | RuntimeException e) {
      fail(0, e);
    }
  }

  @Override
  protected boolean readMore() {
    counted.startRecord();
    if (!rows.hasNext()) {
      return false;
    }
    CSVRecord row = rows.next();
    position = row.getRecordNumber();
    if (row.size() != header.size()) {
      ready.add(RawRecord.reject(file.getPath(), position, RejectReason.MALFORMED_CSV,
          row.size() + " fields where the header has " + header.size(), RecordParser.excerpt(String.join(",", row.values()))));
      return true;
    }
    String raw = String.join(",", Arrays.copyOf(row.values(), Math.min(row.size(), 8)));
    ready.add(parser.fromValues(name -> {
      if (!row.isMapped(name)) {
        return null;
      }
      String v = row.get(name);
      return v.isEmpty() ? null : v;
    }, encoding, file.getPath(), position, raw));
    return true;
  }

  @Override
  protected RejectReason reasonFor(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof RecordTooLarge) {
      return RejectReason.RECORD_TOO_LARGE;
    }
    if (cause instanceof CharacterCodingException) {
      return RejectReason.BINARY_CONTENT;
    }
    if (cause instanceof java.io.EOFException) {
      return RejectReason.TRUNCATED_INPUT;
    }
    return cause instanceof CSVException ? RejectReason.MALFORMED_CSV : RejectReason.READ_ERROR;
  }

  @Override
  protected void closeInput() throws IOException {
    if (csv != null) {
      csv.close();
      csv = null;
    }
  }

  private static final class RecordTooLarge extends IOException {
    RecordTooLarge(int limit) {
      super("a record runs past input.max-record-bytes=" + limit + " characters (often a quote that never closes)");
    }
  }

  /** Stops a runaway record (an unclosed quote in a huge file) before it fills the memory. */
  private static final class CountingReader extends FilterReader {
    private final int limit;
    private long sinceRecord;

    CountingReader(Reader in, int limit) {
      super(in);
      this.limit = limit;
    }

    void startRecord() {
      sinceRecord = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c < 0 ? 0 : 1);
      return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int n = super.read(cbuf, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      sinceRecord += n;
      // The parser reads ahead in blocks, so allow one buffer beyond the limit before calling it runaway.
      if (sinceRecord > (long) limit + (1 << 16)) {
        throw new RecordTooLarge(limit);
      }
    }
  }
}
