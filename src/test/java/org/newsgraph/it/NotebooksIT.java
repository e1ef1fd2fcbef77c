package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/**
 * Every notebook in notebooks/ executes headless against a fresh sample run, as an analyst would
 * open it; the notebooks' cells assert what they show. Needs Jupyter and JPype (.ci/run installs
 * them): on CI their absence fails the build, elsewhere the test is skipped with a message.
 */
class NotebooksIT {
  static Path work;
  static Path out;

  static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  @BeforeAll
  static void runSample() throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    boolean jupyter = onPath("jupyter");
    if (ci && !jupyter) {
      throw new AssertionError("CI=true but jupyter is not installed: .ci/run must install it");
    }
    assumeTrue(jupyter, "skipped: jupyter is not installed (apt-get install jupyter-nbconvert python3-nbclient "
        + "python3-ipykernel python3-pandas python3-matplotlib python3-jpype)");
    work = TestSpark.tempDir("notebooks");
    out = work.resolve("out");
    Processes.Result r = Processes.run(List.of(TestSpark.projectDir().resolve("bin/newsgraph").toString(), "run",
        "--output", out.toString(), "--conf", "output.graphml=true", "--conf", "topics.k=5",
        "--conf", "topics.min-df=2"), work.resolve("run.log"), 600);
    assertEquals(0, r.exitCode(), r.output());
  }

  static List<Path> notebooks() throws Exception {
    try (Stream<Path> s = Files.list(TestSpark.projectDir().resolve("notebooks"))) {
      return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  @Test
  void everyNotebookExecutes() throws Exception {
    List<Path> books = notebooks();
    assertTrue(books.size() >= 3, "three notebooks: " + books);
    for (Path nb : books) {
      List<String> cmd = new ArrayList<>(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
          "--ExecutePreprocessor.timeout=300", nb.toString(), "--output-dir", work.resolve("executed").toString()));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(work.resolve(nb.getFileName() + ".log").toFile());
      pb.environment().put("NEWSGRAPH_OUTPUT", out.toString());
      pb.environment().put("NEWSGRAPH_DUCKDB_JAR", Processes.required("newsgraph.duckdbJar"));
      pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
      Process p = pb.start();
      Processes.Result r = Processes.await(p, cmd, work.resolve(nb.getFileName() + ".log"), 600);
      assertEquals(0, r.exitCode(), nb.getFileName() + " failed:\n" + r.output());
      String executed = Files.readString(work.resolve("executed").resolve(nb.getFileName()));
      assertFalse(executed.contains("\"output_type\": \"error\""), nb.getFileName() + " has an error output");
    }
  }
}
