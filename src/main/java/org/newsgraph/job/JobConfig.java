package org.newsgraph.job;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.newsgraph.cli.ConfigException;
import org.newsgraph.entities.Aliases;
import org.newsgraph.ingest.FieldMapping;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.ingest.NearDuplicates;
import org.newsgraph.stats.Period;
import org.newsgraph.topics.TopicsStage;

/**
 * The job's options, immutable and validated: built on the driver before Spark starts, then
 * shipped to executors inside the closures that need it. Every option is listed in
 * {@link #OPTIONS} with its default and meaning; conf/newsgraph.properties and
 * docs/configuration.md list the same (a test checks that they do).
 */
public final class JobConfig implements Serializable {

  /** One option: its key, its default ("" for none) and what it means. */
  public record Option(String key, String defaultValue, String help) implements Serializable {}

  public static final List<Option> OPTIONS = List.of(
      new Option("input.paths", "", "Comma-separated files, folders or globs to read (any Hadoop file system URI). --input adds to it."),
      new Option("input.format", "auto", "auto (by file name: .jsonl/.ndjson/.json JSON Lines, .txt one article per file, .csv, .tsv/.tab, .parquet, .warc/.arc), or jsonl, text, csv, tsv, parquet or warc for every file. --format sets it."),
      new Option("input.field.id", "id", "Field (JSON) or column (CSV/TSV header, Parquet) holding the article id (string or integer)."),
      new Option("input.field.title", "title", "Field or column holding the title."),
      new Option("input.field.text", "text", "Field or column holding the body text."),
      new Option("input.field.published", "published", "Field or column holding the publication date (ISO-8601, RFC 1123, epoch seconds/milliseconds, or a Parquet date/timestamp)."),
      new Option("input.field.source", "source", "Field or column holding the publisher's name."),
      new Option("input.field.url", "url", "Field or column holding the article URL."),
      new Option("input.field.language", "language", "Field or column holding the language the input declares, if any (articles.declared_language)."),
      new Option("input.max-record-bytes", "10485760", "Records (JSON lines, text files, CSV rows, web pages) larger than this many bytes are rejected as record_too_large."),
      new Option("output.path", "output", "Folder the tables are written to. --output sets it."),
      new Option("output.overwrite", "false", "Allow writing into a non-empty folder that is not a newsgraph output. --overwrite sets it."),
      new Option("output.incremental", "false", "Add the input to the existing output instead of replacing it: its days (and files) replace the same days (and files) there, NER results of the rest are reused, and every table is recomputed to equal a full run. --incremental sets it."),
      new Option("output.graphml", "false", "Also write network.graphml: the all-time article co-occurrence network for Gephi or NetworkX."),
      new Option("graph.min-joint-count", "2", "network.graphml keeps pairs that share at least this many articles."),
      new Option("graph.max-edges", "2000", "network.graphml keeps at most this many edges, the strongest by log-likelihood."),
      new Option("dedup.near.enabled", "true", "Find near duplicates (syndicated copies) with MinHash LSH over word shingles, besides exact duplicates."),
      new Option("dedup.near.threshold", "0.5", "Two articles are near duplicates when the Jaccard similarity of their word-shingle sets is at least this."),
      new Option("dedup.near.shingle-words", "5", "Words per shingle."),
      new Option("dedup.near.bands", "20", "LSH bands; a pair with similarity s is compared with probability 1-(1-s^rows)^bands."),
      new Option("dedup.near.rows-per-band", "3", "Min-hashes per LSH band."),
      new Option("statistics.include-duplicates", "false", "Also run NER on duplicates and count them in mentions, entities, co-occurrence, trends and topics."),
      new Option("nlp.languages", "eng,und", "Detected languages (ISO 639-3) whose articles go through the English NER; und is text too short to tell. Other articles are kept and counted."),
      new Option("nlp.articles-per-partition", "500", "Articles per NLP task; more partitions balance load, fewer cut per-task overhead."),
      new Option("entities.aliases", "", "Alias table of known entities (type, canonical name, then variants, tab-separated); a known entity keeps its type. Relative paths in a config file are resolved against that file's folder."),
      new Option("cooccurrence.max-entities-per-article", "100", "Only the most-mentioned N entities of an article form pairs (at most N*(N-1)/2 pairs per article)."),
      new Option("cooccurrence.window-sentences", "0", "Also count pairs within N sentences of each other (window sentences_N); 0 for none."),
      new Option("cooccurrence.min-support", "2", "Pairs whose joint count in a slice is below this are left out of that slice."),
      new Option("cooccurrence.top-neighbours", "10", "How many partners per entity, window and measure the top_neighbours table keeps."),
      new Option("statistics.period", "week", "The time slices of cooccurrence, entity_trends and topic_trends: day, week (from Monday) or month."),
      new Option("topics.enabled", "true", "Fit an LDA topic model and write the topic tables."),
      new Option("topics.k", "20", "Number of topics."),
      new Option("topics.max-iterations", "50", "LDA iterations (online optimizer)."),
      new Option("topics.batch-fraction", "auto", "Share of the articles in each online-LDA mini-batch (Spark's subsamplingRate), or auto."),
      new Option("topics.seed", "42", "Random seed: the same input and seed give the same topics."),
      new Option("topics.min-df", "5", "Terms in fewer articles than this are left out of the vocabulary."),
      new Option("topics.max-df", "0.5", "Terms in more than this fraction of articles are left out of the vocabulary."),
      new Option("topics.vocabulary-size", "20000", "At most this many terms (the most frequent) form the vocabulary."),
      new Option("topics.top-terms", "10", "Terms listed per topic in the topics table."),
      new Option("topics.entity-min-articles", "2", "entity_topics keeps entities mentioned in at least this many articles."),
      new Option("summary.top-pairs", "10", "How many pairs the console summary lists."));

  private final Map<String, String> settings;
  private final List<String> inputs;
  private final InputFormat format;
  private final FieldMapping fields;
  private final int maxRecordBytes;
  private final String output;
  private final boolean overwrite;
  private final boolean incremental;
  private final int articlesPerPartition;
  private final Map<String, Aliases.Entry> aliases;
  private final int maxEntitiesPerArticle;
  private final int minSupport;
  private final int windowSentences;
  private final int topNeighbours;
  private final Period period;
  private final boolean topicsEnabled;
  private final boolean graphMl;
  private final int graphMinJointCount;
  private final int graphMaxEdges;
  private final TopicsStage.Settings topics;
  private final NearDuplicates.Settings nearDuplicates;
  private final boolean includeDuplicates;
  private final Set<String> nerLanguages;
  private final int summaryTopPairs;

  private JobConfig(Map<String, String> s) {
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(s));
    this.inputs = splitList(s.get("input.paths"));
    if (inputs.isEmpty()) {
      throw new ConfigException("no input: give --input PATH (or input.paths in the config file)");
    }
    try {
      this.format = InputFormat.parse(s.get("input.format"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("option input.format: " + e.getMessage());
    }
    this.fields = new FieldMapping(field(s, "id"), field(s, "title"), field(s, "text"),
        field(s, "published"), field(s, "source"), field(s, "url"), field(s, "language"));
    this.maxRecordBytes = positiveInt(s, "input.max-record-bytes");
    this.output = s.get("output.path").strip();
    if (output.isEmpty()) {
      throw new ConfigException("option output.path is empty: give --output DIR");
    }
    this.overwrite = bool(s, "output.overwrite");
    this.incremental = bool(s, "output.incremental");
    this.articlesPerPartition = positiveInt(s, "nlp.articles-per-partition");
    this.aliases = loadAliases(s.get("entities.aliases"));
    this.maxEntitiesPerArticle = positiveInt(s, "cooccurrence.max-entities-per-article");
    if (maxEntitiesPerArticle < 2) {
      throw new ConfigException("option cooccurrence.max-entities-per-article must be at least 2 to form a pair");
    }
    this.minSupport = positiveInt(s, "cooccurrence.min-support");
    this.windowSentences = intAtLeast(s, "cooccurrence.window-sentences", 0);
    this.topNeighbours = positiveInt(s, "cooccurrence.top-neighbours");
    try {
      this.period = Period.parse(s.get("statistics.period"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("option statistics.period: " + e.getMessage());
    }
    this.topicsEnabled = bool(s, "topics.enabled");
    this.graphMl = bool(s, "output.graphml");
    this.graphMinJointCount = positiveInt(s, "graph.min-joint-count");
    this.graphMaxEdges = positiveInt(s, "graph.max-edges");
    double maxDf = fraction(s, "topics.max-df");
    this.topics = new TopicsStage.Settings(intAtLeast(s, "topics.k", 2), positiveInt(s, "topics.max-iterations"),
        s.get("topics.batch-fraction").strip().equals("auto") ? 0 : fraction(s, "topics.batch-fraction"),
        longValue(s, "topics.seed"), positiveInt(s, "topics.min-df"), maxDf, positiveInt(s, "topics.vocabulary-size"),
        positiveInt(s, "topics.top-terms"), positiveInt(s, "topics.entity-min-articles"));
    this.summaryTopPairs = positiveInt(s, "summary.top-pairs");
    this.nearDuplicates = new NearDuplicates.Settings(bool(s, "dedup.near.enabled"), fraction(s, "dedup.near.threshold"),
        positiveInt(s, "dedup.near.shingle-words"), positiveInt(s, "dedup.near.bands"),
        positiveInt(s, "dedup.near.rows-per-band"));
    this.includeDuplicates = bool(s, "statistics.include-duplicates");
    this.nerLanguages = Set.copyOf(splitList(s.get("nlp.languages")));
    for (String language : nerLanguages) {
      if (!language.matches("[a-z]{3}")) {
        throw new ConfigException("option nlp.languages: '" + language
            + "' is not an ISO 639-3 code such as eng (the codes OpenNLP's language detector gives)");
      }
    }
    for (String input : inputs) {
      checkLocalInput(input);
    }
  }

  /** Defaults, then the config file (if any), then explicit overrides, in that order. */
  public static JobConfig load(Path configFile, Map<String, String> overrides) {
    Map<String, String> s = defaults();
    if (configFile != null) {
      s.putAll(readFile(configFile));
    }
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      checkKnown(e.getKey(), "--conf");
      s.put(e.getKey(), e.getValue());
    }
    return new JobConfig(s);
  }

  public static Map<String, String> defaults() {
    Map<String, String> s = new LinkedHashMap<>();
    for (Option o : OPTIONS) {
      s.put(o.key(), o.defaultValue());
    }
    return s;
  }

  private static Map<String, String> readFile(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
    }
    Map<String, String> s = new LinkedHashMap<>();
    for (String key : p.stringPropertyNames()) {
      checkKnown(key, file.toString());
      String value = p.getProperty(key).strip();
      if (key.equals("entities.aliases") && !value.isEmpty() && !Path.of(value).isAbsolute()) {
        Path dir = file.toAbsolutePath().getParent();
        value = dir.resolve(value).normalize().toString();
      }
      s.put(key, value);
    }
    return s;
  }

  private static void checkKnown(String key, String where) {
    for (Option o : OPTIONS) {
      if (o.key().equals(key)) {
        return;
      }
    }
    throw new ConfigException("unknown option '" + key + "' in " + where
        + "; known options are listed in docs/configuration.md");
  }

  private static String field(Map<String, String> s, String name) {
    String v = s.get("input.field." + name).strip();
    if (v.isEmpty()) {
      throw new ConfigException("option input.field." + name + " is empty: name the field or column that holds the " + name);
    }
    return v;
  }

  private static int positiveInt(Map<String, String> s, String key) {
    return intAtLeast(s, key, 1);
  }

  private static int intAtLeast(Map<String, String> s, String key, int min) {
    String v = s.get(key).strip();
    try {
      int n = Integer.parseInt(v);
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new ConfigException("option " + key + ": expected "
        + (min == 1 ? "a positive whole number" : "a whole number of at least " + min) + ", got '" + v + "'");
  }

  private static long longValue(Map<String, String> s, String key) {
    String v = s.get(key).strip();
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new ConfigException("option " + key + ": expected a whole number, got '" + v + "'");
    }
  }

  /** A number in (0, 1]. */
  private static double fraction(Map<String, String> s, String key) {
    String v = s.get(key).strip();
    try {
      double d = Double.parseDouble(v);
      if (d > 0 && d <= 1) {
        return d;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new ConfigException("option " + key + ": expected a fraction greater than 0 and at most 1, got '" + v + "'");
  }

  private static boolean bool(Map<String, String> s, String key) {
    String v = s.get(key).strip().toLowerCase(java.util.Locale.ROOT);
    if (v.equals("true") || v.equals("false")) {
      return v.equals("true");
    }
    throw new ConfigException("option " + key + ": expected true or false, got '" + v + "'");
  }

  private static List<String> splitList(String v) {
    List<String> out = new ArrayList<>();
    for (String part : v.split(",")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static Map<String, Aliases.Entry> loadAliases(String path) {
    if (path == null || path.isBlank()) {
      return Map.of();
    }
    try {
      return Aliases.parse(Files.readAllLines(Path.of(path), StandardCharsets.UTF_8), path);
    } catch (IOException e) {
      throw new ConfigException("option entities.aliases: cannot read " + path + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("option entities.aliases: " + e.getMessage());
    }
  }

  /** Local paths are checked before Spark starts; other file systems when the job lists them. */
  private static void checkLocalInput(String input) {
    boolean local = !input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || input.startsWith("file:");
    boolean glob = input.contains("*") || input.contains("?") || input.contains("[") || input.contains("{");
    if (local && !glob) {
      Path p = Path.of(input.startsWith("file:") ? java.net.URI.create(input).getPath() : input);
      if (!Files.exists(p)) {
        throw new ConfigException("input path does not exist: " + input);
      }
    }
  }

  public Map<String, String> settings() { return settings; }
  public List<String> inputs() { return inputs; }
  public InputFormat format() { return format; }
  public FieldMapping fields() { return fields; }
  public int maxRecordBytes() { return maxRecordBytes; }
  public String output() { return output; }
  public boolean overwrite() { return overwrite; }
  public boolean incremental() { return incremental; }
  public int articlesPerPartition() { return articlesPerPartition; }
  public Map<String, Aliases.Entry> aliases() { return aliases; }
  public int maxEntitiesPerArticle() { return maxEntitiesPerArticle; }
  public int minSupport() { return minSupport; }
  public int summaryTopPairs() { return summaryTopPairs; }
  public int windowSentences() { return windowSentences; }
  public int topNeighbours() { return topNeighbours; }
  public Period period() { return period; }
  public boolean topicsEnabled() { return topicsEnabled; }
  public boolean graphMl() { return graphMl; }
  public int graphMinJointCount() { return graphMinJointCount; }
  public int graphMaxEdges() { return graphMaxEdges; }
  public TopicsStage.Settings topics() { return topics; }
  public NearDuplicates.Settings nearDuplicates() { return nearDuplicates; }
  public boolean includeDuplicates() { return includeDuplicates; }
  public Set<String> nerLanguages() { return nerLanguages; }

  @Override
  public String toString() {
    return "JobConfig" + settings + " inputs=" + Arrays.toString(inputs.toArray());
  }
}
