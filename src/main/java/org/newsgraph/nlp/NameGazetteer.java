package org.newsgraph.nlp;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A token-level gazetteer for the NER model: for each word (case kept) that GMB's annotators
 * tagged as part of a name at least once, the kinds of name it is in GMB ("per", "geo",
 * "geo+org", "O+org" when it is as often no name at all, ...). It is written as "word class" lines,
 * the word-cluster format, and the model reads it like a cluster set; what it adds is knowledge
 * of names from news outside the training data: a word the model never saw in training but
 * that GMB knows as a person's name gets a PERSON-like feature. Not built from the NER training
 * data itself, for the same reason as the clusters (docs/ner.md).
 */
public final class NameGazetteer {
  private NameGazetteer() {}

  /** A kind of name (or O) joins a word's class when it is at least this share of the word's tags. */
  static final double MIN_SHARE = 0.25;

  /**
   * @return the word → class map: the tag types (prefix B-/I- dropped; dates, GMB's "tim", count
   *     as O, since the model's types have no date) whose share reaches {@link #MIN_SHARE}, joined
   *     with "+" in sorted order; words whose class would be "O" alone are left out
   */
  public static Map<String, String> classes(List<List<GmbCorpus.Token>> sentences) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (List<GmbCorpus.Token> sentence : sentences) {
      for (GmbCorpus.Token t : sentence) {
        String tag = t.tag();
        String kind = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : "O";
        counts.computeIfAbsent(t.word(), w -> new TreeMap<>()).merge(kind.equals("tim") ? "O" : kind, 1, Integer::sum);
      }
    }
    Map<String, String> out = new TreeMap<>();
    counts.forEach((word, kinds) -> {
      int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
      TreeSet<String> chosen = new TreeSet<>();
      kinds.forEach((kind, n) -> {
        if (n >= MIN_SHARE * total) {
          chosen.add(kind);
        }
      });
      if (!chosen.equals(java.util.Set.of("O")) && !chosen.isEmpty() && word.indexOf(' ') < 0) {
        out.put(word, String.join("+", chosen));
      }
    });
    return out;
  }

  /** Writes the classes as "word class" lines, sorted by word; returns the number of words. */
  public static int write(Map<String, String> classes, Path output) throws IOException {
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : classes.entrySet()) {
        w.write(e.getKey() + " " + e.getValue() + "\n");
      }
    }
    return classes.size();
  }
}
