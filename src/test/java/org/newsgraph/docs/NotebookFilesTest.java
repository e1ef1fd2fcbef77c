package org.newsgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** Committed notebooks carry no stale outputs and run on the Python kernel. */
class NotebookFilesTest {
  @Test
  void notebooksAreCleanPythonNotebooks() throws Exception {
    List<Path> books;
    try (Stream<Path> s = Files.list(TestSpark.projectDir().resolve("notebooks"))) {
      books = s.filter(p -> p.toString().endsWith(".ipynb")).toList();
    }
    assertTrue(books.size() >= 3);
    for (Path nb : books) {
      JsonNode root = new ObjectMapper().readTree(nb.toFile());
      assertEquals("python3", root.path("metadata").path("kernelspec").path("name").asText(), nb.toString());
      for (JsonNode cell : root.path("cells")) {
        if (cell.path("cell_type").asText().equals("code")) {
          assertEquals(0, cell.path("outputs").size(), nb + " has stored outputs");
          assertTrue(cell.path("execution_count").isNull(), nb + " has execution counts");
        }
      }
    }
  }
}
