package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.io.compress.GzipCodec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.clean.WebArticle;

/**
 * Web archives (WARC, and ARC as jwarc reads it), plain, gzipped record by record as crawlers
 * write them, or bzip2-compressed. Each response record is one input record: an HTML page with
 * a 2xx status becomes an article (the URL is its id; title, text and date come from the page,
 * see {@link WebArticle}; the WARC-Date is kept as the crawl date); another status or content
 * type is rejected with its reason. Request, metadata, revisit and warcinfo records describe the
 * crawl, not pages, and are skipped. The position is the record's byte offset in the file.
 */
final class WarcRecordReader extends RecordIterator {
  private final RecordParser parser;
  private final int maxRecordBytes;
  private WarcReader warc;

  WarcRecordReader(InputFile file, Configuration conf, RecordParser parser, int maxRecordBytes) {
    super(file);
    this.parser = parser;
    this.maxRecordBytes = maxRecordBytes;
    try {
      Path path = new Path(file.getPath());
      InputStream in = path.getFileSystem(conf).open(path);
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      // jwarc reads per-record gzip itself (and can then report true offsets); other codecs are undone here.
      if (codec != null && !(codec instanceof GzipCodec)) {
        in = codec.createInputStream(in);
      }
      warc = new WarcReader(in);
      warc.setLenient(true);
    } catch (IOException | RuntimeException e) {
      fail(0, e);
    }
  }

  @Override
  protected boolean readMore() throws IOException {
    Optional<WarcRecord> next = warc.next();
    if (next.isEmpty()) {
      return false;
    }
    position = warc.position();
    if (next.get() instanceof WarcResponse response) {
      try {
        ready.add(page(response));
      } catch (IOException | RuntimeException e) {
        // One unreadable record does not stop the file: WARC records are self-delimiting.
        ready.add(RawRecord.reject(file.getPath(), position, RejectReason.READ_ERROR,
            e.getClass().getSimpleName() + ": " + e.getMessage(), response.target()));
      }
    }
    return true;
  }

  private RawRecord page(WarcResponse response) throws IOException {
    String url = response.target();
    MediaType warcType = response.contentType();
    if (!"application".equals(warcType.type()) || !"http".equals(warcType.subtype())) {
      return reject(RejectReason.NOT_HTML, "WARC content type " + warcType.base() + ", not an HTTP response", url);
    }
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() > 299) {
      return reject(RejectReason.HTTP_ERROR, "HTTP " + http.status() + " " + http.reason(), url);
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return reject(RejectReason.NOT_HTML, "content type " + (base.isEmpty() ? "missing" : base), url);
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(maxRecordBytes + 1);
    }
    if (body.length > maxRecordBytes) {
      return reject(RejectReason.RECORD_TOO_LARGE, "page body over input.max-record-bytes=" + maxRecordBytes, url);
    }
    String charset = type.parameters().get("charset");
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(body), charset, url);
    } catch (java.nio.charset.UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
      doc = Jsoup.parse(new ByteArrayInputStream(body), null, url); // a bogus header charset: sniff the page
    }
    WebArticle article = WebArticle.of(doc);
    return parser.fromWebPage(url, article.title(), article.text(), article.published(), response.date(),
        doc.charset().name(), file.getPath(), position);
  }

  private RawRecord reject(RejectReason reason, String detail, String url) {
    RawRecord r = RawRecord.reject(file.getPath(), position, reason, detail, url);
    r.setId(url);
    return r;
  }

  @Override
  protected void closeInput() throws IOException {
    if (warc != null) {
      warc.close();
      warc = null;
    }
  }
}
