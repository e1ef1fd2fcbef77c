package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NerCommandsTest {
  @Test
  void aTrainingParameterWithoutAValueFailsBeforeTrainingAndSaysWhatToWrite() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(new String[] {"train-ner", "--param", "L2Cost"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("--param L2Cost must be NAME=VALUE"), message);
    assertTrue(failure("train-ner", "--orders", "5", "--algorithm", "MAXENT").startsWith(
        "--orders 5 averages perceptrons; it needs --algorithm PERCEPTRON, not MAXENT"));
    assertTrue(failure("train-ner", "--orders", "0").contains("--orders"));
    assertTrue(failure("train-ner", "--algorithm", "MAXENT", "--softmax-temperature", "25").startsWith(
        "--softmax-temperature turns a perceptron's scores into probabilities; MAXENT models have their own"));
    assertTrue(failure("train-ner", "--softmax-temperature", "-1").startsWith(
        "option --softmax-temperature: expected a number of at least 0.0, got '-1'"));
    java.nio.file.Path clusters = java.nio.file.Files.writeString(org.newsgraph.TestSpark.tempDir("views-cli")
        .resolve("clusters.txt"), "paris 1\n");
    assertTrue(failure("train-ner", "--clusters", clusters.toString(), "--view-clusters", "1").contains(
        "--view-clusters 1 is one view; give two or more"));
    assertTrue(failure("train-ner", "--clusters", clusters.toString(), "--view-clusters", "1", "--view-clusters", "2")
        .startsWith("--view-clusters 2: each number names a --clusters file, 1 to 1 here"));
    assertTrue(failure("train-ner", "--clusters", clusters.toString(), "--clusters", clusters.toString(),
        "--view-clusters", "1,2", "--view-clusters", "2").startsWith("--clusters file 2 is in two --view-clusters"));
  }

  @Test
  void aGazetteerFromAMissingOrEmptyCorpusFailsAndSaysWhatItNeeds() throws Exception {
    java.nio.file.Path dir = org.newsgraph.TestSpark.tempDir("gazetteer-cli");
    java.nio.file.Path out = dir.resolve("gazetteer.txt");
    assertEquals("--gmb " + dir.resolve("absent.zip") + " is not a file",
        failure("train-gazetteer", "--gmb", dir.resolve("absent.zip").toString(), "--output", out.toString()).split(" \\(")[0]);
    java.nio.file.Path empty = dir.resolve("empty.zip");
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(empty))) {
      z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
      z.write("no csv".getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(failure("train-gazetteer", "--gmb", empty.toString(), "--output", out.toString()).contains("holds no GMB sentences"));
    assertTrue(failure("train-gazetteer", "--output", out.toString()).contains("train-gazetteer needs one of --gmb FILE"));
    assertTrue(failure("train-gazetteer", "--gmb", empty.toString(), "--gate", empty.toString(), "--output", out.toString())
        .contains("train-gazetteer needs one of --gmb FILE"), "not both");
    assertEquals("--gate " + dir.resolve("absent.jar") + " is not a file",
        failure("train-gazetteer", "--gate", dir.resolve("absent.jar").toString(), "--output", out.toString()).split(" \\(")[0]);
    assertTrue(failure("train-gazetteer", "--gate", empty.toString(), "--output", out.toString())
        .contains("holds no GATE gazetteer lists (resources/gazetteer/lists.def)"), "a zip without the lists");
    java.nio.file.Path notZip = java.nio.file.Files.writeString(dir.resolve("not-a.jar"), "plain text");
    assertTrue(failure("train-gazetteer", "--gate", notZip.toString(), "--output", out.toString())
        .contains("holds no GATE gazetteer lists"), "not a zip at all");
    assertTrue(failure("train-gazetteer", "--gmb", empty.toString(), "--phrases", "--output", out.toString())
        .contains("--phrases goes with --gate FILE"));
    assertTrue(!java.nio.file.Files.exists(out), "nothing written");
  }

  /** bench --compare-models: one model against itself tags every sentence alike; a missing part fails with what to give. */
  @Test
  void benchComparesTwoModelsInOneJvm() throws Exception {
    java.nio.file.Path dir = org.newsgraph.TestSpark.tempDir("compare-models-cli");
    java.nio.file.Path conll = java.nio.file.Files.writeString(dir.resolve("s.conll"),
        "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP I-LOC\n. . O O\n\n"
            + "Maria NNP B-NP I-PER\nleft VBD B-VP O\nBerlin NNP B-NP I-LOC\n. . O O\n\n");
    String model = "src/main/resources/models/newsgraph-ner-en.bin";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.execute(new String[] {"bench", "--compare-models", model + "," + model, "--sentences", conll.toString(),
        "--rounds", "2"}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    String report = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, report);
    assertTrue(report.contains("(2 sentences, 16 tokens timed)"), "2 rounds of 8 tokens after the warm-up round: " + report);
    assertTrue(report.contains("sentences tagged differently: 0"), report);
    assertTrue(failure("bench", "--compare-models", model).contains("--compare-models needs two model files"));
    assertTrue(failure("bench", "--compare-models", model + "," + model).contains("--sentences CONLL_FILE"));
    assertEquals(dir.resolve("absent.conll") + " is not a file", failure("bench", "--compare-models", model + "," + model,
        "--sentences", dir.resolve("absent.conll").toString()).split(" \\(")[0]);
    assertTrue(failure("bench", "--sentences", conll.toString()).contains("--sentences goes with --compare-models"));
    assertTrue(failure("bench", "--rounds", "3").contains("--rounds goes with --compare-models"));
    assertTrue(failure("bench", "--compare-models", model + "," + model, "--sentences", conll.toString(), "--runs", "3")
        .contains("--runs is an option of the job benchmark, not of --compare-models"));
    assertTrue(failure("bench", "--compare-models", model + "," + model, "--sentences", conll.toString(), "--raw-only")
        .contains("--raw-only is an option of the job benchmark"));
  }

  @Test
  void evalNerReadsBioesGoldAndNamesTypesTheModelDoesNotTag() throws Exception {
    java.nio.file.Path dir = org.newsgraph.TestSpark.tempDir("eval-ner-cli");
    java.nio.file.Path gold = java.nio.file.Files.writeString(dir.resolve("gold.bioes"),
        "Joe B-PERSON\nBiden E-PERSON\nvisited O\nParis S-GPE\non O\nMonday S-DATE\nat O\nnoon S-TIME\n. O\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.execute(new String[] {"eval-ner", "--gold", gold.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(0, code);
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.lines().anyMatch(l -> l.matches("PERSON +1\\.0000 +1\\.0000 +1\\.0000 +1 +0 +0")), report);
    assertTrue(report.lines().anyMatch(l -> l.matches("DATE +1\\.0000 +1\\.0000 +1\\.0000 +1 +0 +0")), report);
    assertTrue(report.lines().anyMatch(l -> l.matches("TIME +0\\.0000 +0\\.0000 +0\\.0000 +0 +0 +1")), report);
    assertTrue(report.contains("note: the job does not tag TIME;"), report);

    java.nio.file.Path bad = java.nio.file.Files.writeString(dir.resolve("bad.conll"), "Joe NNP\n");
    String message = failure("eval-ner", "--gold", bad.toString());
    assertTrue(message.startsWith("cannot read gold file " + bad + ": " + bad + ":1: the last column should be a tag"), message);
  }

  /** A model records its training files; scoring it on one of them says the figures are fit, not accuracy. */
  @Test
  void scoresOnTheModelsOwnTrainingDataAreMarked() throws Exception {
    java.nio.file.Path dir = org.newsgraph.TestSpark.tempDir("trained-on-cli");
    String sentences = "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP I-LOC\n. . O O\n\n";
    java.nio.file.Path train = java.nio.file.Files.writeString(dir.resolve("train, part 1.conll"), sentences);
    java.nio.file.Path copy = java.nio.file.Files.writeString(dir.resolve("same-bytes.conll"), sentences);
    java.nio.file.Path other = java.nio.file.Files.writeString(dir.resolve("other.conll"),
        "-DOCSTART- -X- -X- O\n\nMaria NNP B-NP I-PER\nleft VBD B-VP O\nBerlin NNP B-NP I-LOC\n. . O O\n\n");
    java.nio.file.Path model = dir.resolve("model.bin");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.execute(new String[] {"train-ner", "--train", train.toString(), "--features", "default",
        "--iterations", "5", "--output", model.toString(), "--eval", other.toString(), "--eval", train.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    String report = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, report);
    assertEquals(java.util.List.of("train, part 1.conll"), java.util.List.copyOf(org.newsgraph.nlp.NerTrainer.trainingData(
        new opennlp.tools.namefind.TokenNameFinderModel(model)).keySet()), "the manifest names the file, comma and all");
    String note = "note: the model was trained on this file";
    assertEquals(1, report.split(note, -1).length - 1, report);
    assertTrue(report.indexOf(note) > report.indexOf("gold: " + train), "the note belongs to the training file: " + report);

    out.reset();
    code = Main.execute(new String[] {"eval-ner", "--model", model.toString(), "--json", "--gold", other.toString(),
        "--gold", copy.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    assertEquals(0, code);
    java.util.List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(0).contains("\"training_data\":false"), lines.get(0));
    assertTrue(lines.get(1).contains("\"training_data\":true"), "same bytes, other name: " + lines.get(1));
  }

  /** Runs the command, expects exit code 2, returns the first line of stderr. */
  private static String failure(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
    return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("").replaceFirst("^newsgraph: (error: )?", "");
  }
}
