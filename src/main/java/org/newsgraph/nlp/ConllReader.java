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
 * Reads CoNLL-2003-style files (token, optional columns, tag last; blank lines between sentences,
 * -DOCSTART- between documents) into OpenNLP name samples with our type names. Tags may be IOB1,
 * IOB2 (BIO), BIOES or BILOU, with CoNLL's type names (PER, LOC, ORG, MISC) or spelled out
 * (PERSON, LOCATION, GPE, ORGANIZATION, ...), so gold data from other annotation projects reads as written.
 */
public final class ConllReader {
  private ConllReader() {}

  /** Reads CoNLL-2003 or, when the file uses {@code <START:type>} tags, OpenNLP's name-sample format. */
  public static List<NameSample> readGold(Path file) throws IOException {
    String text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    return text.contains("<START") ? readOpenNlp(text) : read(file);
  }

  /**
   * OpenNLP's format: one tokenised sentence per line, names as {@code <START:person> Joe Biden <END>},
   * an empty line between documents. Types map to ours (person, per, PERSON to PERSON, ...).
   */
  static List<NameSample> readOpenNlp(String text) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    boolean newDocument = true;
    for (String line : text.split("\r?\n")) {
      if (line.isBlank()) {
        newDocument = true;
        continue;
      }
      NameSample raw = NameSample.parse(line, newDocument);
      Span[] names = raw.getNames();
      Span[] typed = new Span[names.length];
      for (int i = 0; i < names.length; i++) {
        typed[i] = new Span(names[i].getStart(), names[i].getEnd(), goldType(names[i].getType()));
      }
      samples.add(new NameSample(raw.getSentence(), typed, newDocument));
      newDocument = false;
    }
    return samples;
  }

  /**
   * Our name for a gold type: CoNLL's short names and the spelled-out ones map to the model's four
   * types (GPE, OntoNotes' countries and cities, to LOCATION), and MUC's "percentage" to PERCENT;
   * any other type is kept, upper-cased (DATE, MONEY and PERCENT are the job's value types; NORP,
   * TIME, ... are scored as types the job never predicts).
   */
  static String goldType(String type) {
    String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
    switch (t) {
      case "person": case "per": return EntityType.PERSON.name();
      case "organization": case "organisation": case "org": return EntityType.ORGANIZATION.name();
      case "location": case "loc": case "gpe": return EntityType.LOCATION.name();
      case "misc": case "miscellaneous": return EntityType.MISC.name();
      case "percent": case "percentage": return EntityType.PERCENT.name();
      default: return t.toUpperCase(java.util.Locale.ROOT);
    }
  }

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
        String tag = cols[cols.length - 1];
        if (!isTag(tag)) {
          throw new IOException(file + ":" + lineNo + ": the last column should be a tag (O, or B-, I-, E-, S-, L- or U-"
              + " and a type, e.g. B-PER), got '" + tag + "' in: " + line);
        }
        tokens.add(cols[0]);
        tags.add(tag);
      }
    }
    if (!tokens.isEmpty()) {
      samples.add(toSample(tokens, tags, newDocument));
    }
    return samples;
  }

  /** O, or a prefix B I E S L U, a hyphen and a type. */
  static boolean isTag(String tag) {
    return tag.equals("O") || (tag.length() > 2 && tag.charAt(1) == '-' && "BIESLU".indexOf(tag.charAt(0)) >= 0);
  }

  /**
   * Decodes tags into spans. B-X, S-X and U-X always start an entity; I-X, E-X and L-X continue an
   * open X entity (or start one, as IOB1's I-X after O does); E-, L-, S- and U- end the entity on
   * their token. So IOB1, IOB2, BIOES and BILOU all decode as their authors meant.
   */
  static List<Span> decode(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      char prefix = tag.equals("O") ? 'O' : tag.charAt(0);
      String tagType = prefix == 'O' ? null : tag.substring(2);
      boolean continues = (prefix == 'I' || prefix == 'E' || prefix == 'L') && tagType.equals(type);
      if (type != null && !continues) {
        spans.add(new Span(start, i, goldType(type)));
        type = null;
      }
      if (tagType != null && !continues) {
        start = i;
        type = tagType;
      }
      if (prefix == 'E' || prefix == 'L' || prefix == 'S' || prefix == 'U') {
        spans.add(new Span(start, i + 1, goldType(type)));
        type = null;
      }
    }
    return spans;
  }

  private static NameSample toSample(List<String> tokens, List<String> tags, boolean newDocument) {
    return new NameSample(tokens.toArray(new String[0]), decode(tags).toArray(new Span[0]), newDocument);
  }
}
