package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads CoNLL-2003 files (token POS chunk NER per line, IOB1 or IOB2 tags, blank lines between
 * sentences, -DOCSTART- between documents) into OpenNLP name samples with our type names.
 */
public final class ConllReader {
  private ConllReader() {}

  public static List<NameSample> read(Path file) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean newDocument = true;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          if (!tokens.isEmpty()) {
            samples.add(toSample(tokens, tags, newDocument));
            newDocument = false;
            tokens.clear();
            tags.clear();
          }
          continue;
        }
        String[] cols = line.trim().split("\\s+");
        if (cols[0].equals("-DOCSTART-")) {
          newDocument = true;
          continue;
        }
        if (cols.length < 2) {
          throw new IOException(file + ":" + lineNo + ": expected 'token ... tag', got: " + line);
        }
        tokens.add(cols[0]);
        tags.add(cols[cols.length - 1]);
      }
    }
    if (!tokens.isEmpty()) {
      samples.add(toSample(tokens, tags, newDocument));
    }
    return samples;
  }

  /** Decodes IOB1/IOB2 tags into spans: I-X continues an X entity, B-X always starts one. */
  static List<Span> decode(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
      String tagType = prefix.equals("O") ? null : tag.substring(2);
      boolean continues = prefix.equals("I") && tagType.equals(type);
      if (type != null && !continues) {
        spans.add(new Span(start, i, EntityType.fromConll(type).name()));
        type = null;
      }
      if (tagType != null && !continues) {
        start = i;
        type = tagType;
      }
    }
    return spans;
  }

  private static NameSample toSample(List<String> tokens, List<String> tags, boolean newDocument) {
    return new NameSample(tokens.toArray(new String[0]), decode(tags).toArray(new Span[0]), newDocument);
  }
}
