package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The GMB NER corpus as shared (a zip holding one CSV, cp1252): "Sentence #,Word,POS,Tag", a new
 * sentence where the first column is set, IOB2 tags over per, org, geo, gpe, tim, art, eve, nat.
 * Its words feed the word clusters ({@link WordClusters}), its words and tags the gazetteer
 * ({@link NameGazetteer}).
 */
public final class GmbCorpus {
  private GmbCorpus() {}

  /** A token as written (case kept) and its tag ("O", "B-per", "I-geo", ...). */
  public record Token(String word, String tag) {}

  public static List<List<Token>> read(Path zip) throws IOException {
    List<List<Token>> out = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (!entry.getName().endsWith(".csv")) {
          continue;
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, Charset.forName("windows-1252")));
        r.readLine(); // header
        List<Token> sentence = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
          List<String> fields = fields(line);
          if (fields.size() < 4) {
            continue;
          }
          if (!fields.get(0).isEmpty() && !sentence.isEmpty()) {
            out.add(sentence);
            sentence = new ArrayList<>();
          }
          if (!fields.get(1).isEmpty()) {
            sentence.add(new Token(fields.get(1), fields.get(3).isEmpty() ? "O" : fields.get(3)));
          }
        }
        if (!sentence.isEmpty()) {
          out.add(sentence);
        }
      }
    }
    return out;
  }

  /** CSV fields; a quoted field may hold commas ("10,000") and doubled quotes. */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>(4);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
