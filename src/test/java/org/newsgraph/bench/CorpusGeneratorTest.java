package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.FieldMapping;
import org.newsgraph.ingest.RawRecord;
import org.newsgraph.ingest.RecordParser;

class CorpusGeneratorTest {
  @Test
  void sameSeedSameCorpus() {
    CorpusGenerator a = new CorpusGenerator(7, 6, 40);
    CorpusGenerator b = new CorpusGenerator(7, 6, 40);
    for (int i = 0; i < 50; i++) {
      assertArrayEquals(a.article(i), b.article(i));
    }
  }

  @Test
  void namesFollowASkewedDistributionAndLengthsVary() {
    CorpusGenerator g = new CorpusGenerator(42, 6, 40);
    Map<String, Integer> articlesPerPerson = new HashMap<>();
    int minChars = Integer.MAX_VALUE;
    int maxChars = 0;
    for (int i = 0; i < 5000; i++) {
      String[] a = g.article(i);
      for (String first : CorpusGenerator.FIRST) {
        for (String last : CorpusGenerator.LAST) {
          if (a[2].contains(first + " " + last)) {
            articlesPerPerson.merge(first + " " + last, 1, Integer::sum);
          }
        }
      }
      minChars = Math.min(minChars, a[2].length());
      maxChars = Math.max(maxChars, a[2].length());
      assertTrue(a[3].startsWith("2025-"), a[3]);
    }
    assertTrue(maxChars > 4 * minChars, "lengths from " + minChars + " to " + maxChars);
    List<Integer> counts = articlesPerPerson.values().stream().sorted((x, y) -> y - x).toList();
    assertTrue(counts.get(0) > 10 * counts.get(counts.size() / 2), "a head of frequent names and a long tail");
  }

  @Test
  void writesGzippedJsonLinesTheJobReads(@TempDir Path dir) throws Exception {
    List<Path> files = new CorpusGenerator(1, 6, 10).write(dir, 101, 2);
    assertEquals(2, files.size());
    RecordParser parser = new RecordParser(FieldMapping.DEFAULT);
    int lines = 0;
    for (Path f : files) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          RawRecord rec = parser.fromJson(line, "UTF-8", f.toString(), ++lines);
          assertEquals(null, rec.getRejectReason(), line);
          assertEquals("ok", rec.getPublishedStatus());
        }
      }
    }
    assertEquals(101, lines);
  }
}
