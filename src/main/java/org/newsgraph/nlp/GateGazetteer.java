package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A token-level gazetteer for the NER model from the name lists of GATE's ANNIE plugin (the jar
 * {@code uk.ac.gate.plugins:annie} on Maven Central, LGPL-3.0): cities, countries, regions,
 * companies, government bodies, sports teams, first names, full names, nationality adjectives,
 * and the cue words around names (company endings such as "Inc", titles, "River"). For each word
 * of an entry it records the entry's kind and whether the word starts the entry or continues it:
 * "London loc", "Bank org-b+org-i+orgkey" (the whole entry "Bank", first word of "Bank of
 * England", later word of "Barclays Bank"). Written in the word-cluster format and read by the
 * model like a cluster set, case kept (docs/ner.md). Beside {@link NameGazetteer} (names as GMB's
 * annotators tagged them in running text) it adds names from lists: what neither the training
 * data nor GMB mention.
 */
public final class GateGazetteer {
  private GateGazetteer() {}

  /** Where the ANNIE jar keeps its lists, and the file that gives each list its GATE type. */
  static final String FOLDER = "resources/gazetteer/";
  public static final String DEFINITIONS = FOLDER + "lists.def";

  /** Words as CoNLL-style tokens: "U.S.", "AT&T", "O'Brien", "Co." one token each; other punctuation alone. */
  private static final Pattern TOKEN = Pattern.compile("\\w+(?:[.'&-]\\w+)*\\.?|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The kind of name a list holds, from its line in lists.def ("city.lst:location:city"), or
   * null for lists of no use here (dates, numbers, stop words) and for the lower-case copies of
   * other lists, which would match common words.
   */
  static String kind(String file, String major, String minor) {
    if (file.contains("_lower")) {
      return null;
    }
    switch (major) {
      case "location":
        return "loc";
      case "organization":
        return "blacklist".equals(minor) ? null : "org";
      case "person_first":
        return "pfirst";
      case "person_full":
        return "pfull";
      case "country_adj":
        return "adj";
      case "org_key":
      case "org_base":
      case "org_pre":
        return "orgkey";
      case "loc_key":
        return "lockey";
      case "title":
      case "jobtitle":
        return "title";
      case "surname":
        return "surpre";
      default:
        return null;
    }
  }

  /**
   * @return word → class: the kinds of the entries the word is in, "-b" where it starts an entry of
   *     two or more words and "-i" where it continues one, joined with "+" in sorted order; empty when
   *     the jar holds no lists.def
   */
  public static Map<String, String> classes(Path jar) throws IOException {
    Map<String, TreeSet<String>> kinds = new TreeMap<>();
    for (Entry e : entries(jar)) {
      for (int i = 0; i < e.words().size(); i++) {
        String k = e.words().size() == 1 ? e.kind() : e.kind() + (i == 0 ? "-b" : "-i");
        kinds.computeIfAbsent(e.words().get(i), w -> new TreeSet<>()).add(k);
      }
    }
    return joined(kinds);
  }

  /**
   * @return whole entry → class: the entry's words joined with "_" ("Bank_of_England"), the kinds of
   *     the lists it is in joined with "+"; read by {@link PhraseGazetteerFeatureGeneratorFactory}
   */
  public static Map<String, String> phrases(Path jar) throws IOException {
    Map<String, TreeSet<String>> kinds = new TreeMap<>();
    for (Entry e : entries(jar)) {
      kinds.computeIfAbsent(String.join(PhraseGazetteerFeatureGeneratorFactory.JOINER, e.words()), w -> new TreeSet<>()).add(e.kind());
    }
    return joined(kinds);
  }

  private static Map<String, String> joined(Map<String, TreeSet<String>> kinds) {
    Map<String, String> out = new TreeMap<>();
    kinds.forEach((word, k) -> out.put(word, String.join("+", k)));
    return out;
  }

  /** One list entry: its kind and its words. */
  record Entry(String kind, List<String> words) {}

  static List<Entry> entries(Path jar) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry definitions = zip.getEntry(DEFINITIONS);
      if (definitions == null) {
        return out;
      }
      for (String line : lines(zip, definitions)) {
        String[] parts = line.split(":");
        if (parts.length < 2) {
          continue;
        }
        String file = parts[0].trim();
        String kind = kind(file, parts[1].trim(), parts.length > 2 ? parts[2].trim() : "");
        ZipEntry list = zip.getEntry(FOLDER + file);
        if (kind == null || list == null) {
          continue;
        }
        for (String entry : lines(zip, list)) {
          // "David Cameron:gender=male": features follow the first colon (GATE's default separator).
          int colon = entry.indexOf(':');
          List<String> words = tokens(colon < 0 ? entry : entry.substring(0, colon));
          if (!words.isEmpty()) {
            out.add(new Entry(kind, words));
          }
        }
      }
    }
    return out;
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** A list's lines; most lists are UTF-8, a few Latin-1 (companies_uk.lst). */
  private static List<String> lines(ZipFile zip, ZipEntry entry) throws IOException {
    byte[] bytes;
    try (InputStream in = zip.getInputStream(entry)) {
      bytes = in.readAllBytes();
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    List<String> out = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }
}
