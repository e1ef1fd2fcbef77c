package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NerCommandsTest {
  @Test
  void aTrainingParameterWithoutAValueFailsBeforeTrainingAndSaysWhatToWrite() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(new String[] {"train-ner", "--param", "L2Cost"},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("--param L2Cost must be NAME=VALUE"), message);
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

  /** Runs the command, expects exit code 2, returns the first line of stderr. */
  private static String failure(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.execute(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
    return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("").replaceFirst("^newsgraph: (error: )?", "");
  }
}
