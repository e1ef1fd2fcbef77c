package org.newsgraph.bench;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.ingest.FieldMapping;
import org.newsgraph.ingest.IngestStage;
import org.newsgraph.ingest.NearDuplicates;
import org.newsgraph.ingest.RawRecord;
import org.newsgraph.ingest.RecordParser;
import org.newsgraph.ingest.TextDecoder;

/**
 * Precision and recall of duplicate detection on a test set made from real articles: a sample
 * of originals, and for half of them a syndicated copy changed the way republishers change
 * stories (a new headline with a wire byline and footer, the last paragraph cut, words edited
 * and a sentence dropped, or all of these). The copies go through the same parser and cleaner
 * as the job's input, then exact and near duplicate detection at several thresholds. A flagged
 * article is right when it and its representative come from the same original.
 */
public final class DedupEvaluation {
  /** How a copy was changed. */
  public enum Change { WRAPPER, TRIMMED, EDITED, ALL }

  public record Result(double threshold, long flagged, long correct, long copies, Map<Change, Double> recallByChange) {
    public double precision() {
      return flagged == 0 ? 1 : (double) correct / flagged;
    }

    public double recall() {
      return (double) correct / copies;
    }
  }

  private final Map<String, String> groupOf = new HashMap<>();
  private final Map<String, Change> changeOf = new HashMap<>();
  private final List<RawRecord> records = new ArrayList<>();

  /** Reads up to {@code originals} articles (files under {@code folder}) and makes the copies. */
  public DedupEvaluation(Path folder, int originals, long seed) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = new ArrayList<>(walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList());
    }
    Random random = new Random(seed);
    java.util.Collections.shuffle(files, random);
    RecordParser parser = new RecordParser(FieldMapping.DEFAULT);
    Set<String> seenTexts = new HashSet<>();
    Change[] changes = Change.values();
    for (Path file : files) {
      if (records.size() - changeOf.size() >= originals) {
        break;
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(Files.readAllBytes(file));
      String id = folder.relativize(file).toString().replaceFirst("\\.txt$", "");
      RawRecord original = parser.fromText(decoded.text(), decoded.encoding(), "orig/" + id, file.toString());
      // The corpus has exact duplicates of its own; an original must be one story.
      if (original.isRejected() || !seenTexts.add(original.getText().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
        continue;
      }
      records.add(original);
      groupOf.put(original.getId(), id);
      int index = records.size() - 1 - changeOf.size();
      if (index % 2 == 0) {
        Change change = changes[(index / 2) % changes.length];
        RawRecord copy = parser.fromText(perturb(original.getTitle(), original.getText(), change, random),
            "UTF-8", "copy/" + id, file.toString());
        if (!copy.isRejected()) {
          records.add(copy);
          groupOf.put(copy.getId(), id);
          changeOf.put(copy.getId(), change);
        }
      }
    }
  }

  /** A republished copy as a text file: headline line, blank line, body. */
  static String perturb(String title, String text, Change change, Random random) {
    String headline = title;
    String body = text;
    if (change == Change.WRAPPER || change == Change.ALL) {
      headline = "UPDATE: " + title + " | Example Wire";
      body = "By Example Wire Staff\n\n" + body + "\n\nCopyright 2026 Example Wire. All rights reserved.\n\n"
          + "Share this story on social media\n\nMore from Example Wire: business, politics and sport, every hour.";
    }
    if (change == Change.TRIMMED || change == Change.ALL) {
      // The story's last paragraph; where the corpus ran paragraphs together into one long line,
      // its last two sentences (what a trimmed paragraph of a news story usually is).
      int cut = text.lastIndexOf("\n\n");
      String tail = cut > 0 && text.length() - cut < text.length() * 3 / 10 ? text.substring(cut)
          : lastSentences(text, 2);
      body = body.replace(tail, "");
    }
    if (change == Change.EDITED || change == Change.ALL) {
      String[] sentences = body.split("(?<=[.!?])\\s+");
      StringBuilder edited = new StringBuilder();
      int drop = sentences.length > 4 ? 1 + random.nextInt(sentences.length - 2) : -1;
      for (int i = 0; i < sentences.length; i++) {
        if (i != drop) {
          edited.append(sentences[i]).append(i + 1 < sentences.length ? " " : "");
        }
      }
      body = edited.toString().replace(" said ", " told reporters ").replace("per cent", "%")
          .replace("colour", "color").replace("programme", "program").replace("Mr ", "Mr. ");
    }
    return headline + "\n\n" + body;
  }

  private static String lastSentences(String text, int n) {
    String[] sentences = text.split("(?<=[.!?])\\s+");
    if (sentences.length <= n + 2) {
      return "";
    }
    int start = text.lastIndexOf(sentences[sentences.length - n]);
    return start > 0 ? text.substring(start) : "";
  }

  public int size() {
    return records.size();
  }

  public int copies() {
    return changeOf.size();
  }

  /** Flagged pairs whose two articles come from different originals, per threshold. */
  public final Map<Double, List<String>> wrongPairs = new LinkedHashMap<>();

  public List<Result> run(SparkSession spark, List<Double> thresholds, int shingleWords, int bands, int rows) {
    Dataset<RawRecord> input = spark.createDataset(records, Encoders.bean(RawRecord.class));
    Dataset<Row> exact = IngestStage.split(input.toDF()).articles().cache();
    List<Result> results = new ArrayList<>();
    for (double t : thresholds) {
      NearDuplicates.Settings s = new NearDuplicates.Settings(true, t, shingleWords, bands, rows);
      List<String> wrong = new ArrayList<>();
      wrongPairs.put(t, wrong);
      long flagged = 0;
      long correct = 0;
      Map<Change, long[]> byChange = new LinkedHashMap<>();
      for (Change c : Change.values()) {
        byChange.put(c, new long[2]);
      }
      List<Dataset<?>> caches = new ArrayList<>();
      List<Row> flaggedRows = NearDuplicates.mark(exact, s, caches).filter(col("duplicate_of").isNotNull())
          .select("id", "duplicate_of", "duplicateSimilarity").collectAsList();
      caches.forEach(Dataset::unpersist);
      for (Row r : flaggedRows) {
        flagged++;
        String id = r.getString(0);
        boolean right = groupOf.get(id).equals(groupOf.get(r.getString(1)));
        if (!right) {
          wrong.add(String.format(Locale.ROOT, "%s -> %s (%.2f)", id, r.getString(1), r.getDouble(2)));
        }
        if (right) {
          correct++;
          // Either the copy or its original may be the one flagged (the smaller id represents).
          Change c = changeOf.getOrDefault(id, changeOf.get("copy/" + groupOf.get(id)));
          byChange.get(c)[0]++;
        }
      }
      changeOf.values().forEach(c -> byChange.get(c)[1]++);
      Map<Change, Double> recall = new LinkedHashMap<>();
      byChange.forEach((c, n) -> recall.put(c, n[1] == 0 ? 0 : (double) n[0] / n[1]));
      results.add(new Result(t, flagged, correct, copies(), recall));
    }
    exact.unpersist();
    return results;
  }

  public static void print(List<Result> results, PrintStream out) {
    out.printf(Locale.ROOT, "%-9s %8s %8s %9s %7s  %s%n", "threshold", "flagged", "correct", "precision", "recall",
        "recall by change (wrapper/trimmed/edited/all)");
    for (Result r : results) {
      StringBuilder by = new StringBuilder();
      r.recallByChange().values().forEach(v -> by.append(String.format(Locale.ROOT, "%.3f ", v)));
      out.printf(Locale.ROOT, "%-9.2f %8d %8d %9.4f %7.4f  %s%n", r.threshold(), r.flagged(), r.correct(),
          r.precision(), r.recall(), by.toString().strip());
    }
  }
}
