package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import org.newsgraph.nlp.NerModel;
import org.newsgraph.nlp.ConllReader;
import org.newsgraph.nlp.Models;

/**
 * Two name-finder models timed on the same sentences in one JVM, in alternating blocks, and
 * compared tag for tag. On a shared machine whose speed drifts by a third within minutes, runs
 * of separate programs cannot show a 10% change; blocks of a few hundred sentences taken in
 * turn see the same drift. For speed changes that must not change the output (a feature
 * computed faster), the count of sentences tagged differently must be 0.
 */
public final class ModelComparison {
  private static final int BLOCK = 500;

  /** What one comparison found; tokens/s over all rounds after the first (the JIT's warm-up). */
  public record Result(double firstTokensPerSecond, double secondTokensPerSecond, long tokens, int sentences,
      int taggedDifferently) {
    public double speedup() {
      return secondTokensPerSecond / firstTokensPerSecond;
    }
  }

  private ModelComparison() {}

  public static Result compare(Path first, Path second, Path conll, int rounds) throws IOException {
    Models.allowProjectExtensions();
    NameFinderME a = new NameFinderME(new NerModel(first));
    NameFinderME b = new NameFinderME(new NerModel(second));
    List<String[]> sentences = new ArrayList<>();
    for (NameSample s : ConllReader.read(conll)) {
      sentences.add(s.getSentence());
    }
    long[] nanos = new long[2];
    long tokens = 0;
    for (int round = 0; round <= rounds; round++) {
      for (int from = 0; from < sentences.size(); from += BLOCK) {
        int to = Math.min(sentences.size(), from + BLOCK);
        // Which model goes first alternates, so neither always follows the other's cache misses.
        boolean firstLeads = (from / BLOCK + round) % 2 == 0;
        for (int turn = 0; turn < 2; turn++) {
          int which = (turn == 0) == firstLeads ? 0 : 1;
          long t = time(which == 0 ? a : b, sentences, from, to);
          if (round > 0) {
            nanos[which] += t;
          }
        }
        if (round > 0) {
          for (int i = from; i < to; i++) {
            tokens += sentences.get(i).length;
          }
        }
      }
    }
    int differ = 0;
    for (String[] s : sentences) {
      if (!Arrays.equals(a.find(s), b.find(s))) {
        differ++;
      }
    }
    return new Result(tokens / (nanos[0] / 1e9), tokens / (nanos[1] / 1e9), tokens, sentences.size(), differ);
  }

  private static long time(NameFinderME finder, List<String[]> sentences, int from, int to) {
    long t0 = System.nanoTime();
    for (int i = from; i < to; i++) {
      finder.find(sentences.get(i));
    }
    finder.clearAdaptiveData();
    return System.nanoTime() - t0;
  }

  public static void print(Path first, Path second, Result r, PrintStream out) {
    out.printf(Locale.ROOT, "%s: %.0f tokens/s%n%s: %.0f tokens/s%nsecond / first: %.3f (%d sentences, %d tokens timed)%n"
        + "sentences tagged differently: %d%n", first, r.firstTokensPerSecond(), second, r.secondTokensPerSecond(),
        r.speedup(), r.sentences(), r.tokens(), r.taggedDifferently());
  }
}
