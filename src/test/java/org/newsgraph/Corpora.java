package org.newsgraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test corpora made from the bundled sample. */
public final class Corpora {
  private Corpora() {}

  /**
   * Writes {@code copies} copies of the sample's valid articles with new ids and one extra sentence
   * each (so no copy is an exact duplicate), spread over {@code files} JSON Lines files.
   */
  public static Path replicateSample(Path dir, int copies, int files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(TestSpark.sampleCorpus(), StandardCharsets.UTF_8);
    Files.createDirectories(dir);
    BufferedWriter[] out = new BufferedWriter[files];
    for (int f = 0; f < files; f++) {
      out[f] = Files.newBufferedWriter(dir.resolve("part-" + f + ".jsonl"), StandardCharsets.UTF_8);
    }
    try {
      int n = 0;
      for (int c = 0; c < copies; c++) {
        for (String line : lines) {
          ObjectNode a;
          try {
            a = (ObjectNode) json.readTree(line);
          } catch (IOException malformed) {
            continue;
          }
          if (a.path("text").asText().isBlank()) {
            continue;
          }
          a.put("id", a.get("id").asText() + "-c" + c);
          a.put("text", a.get("text").asText() + "\n\nThis is report number " + c + ".");
          out[n++ % files].write(json.writeValueAsString(a) + "\n");
        }
      }
    } finally {
      for (BufferedWriter w : out) {
        w.close();
      }
    }
    return dir;
  }
}
