package org.newsgraph.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestSpark;
import org.newsgraph.cli.ConfigException;
import org.newsgraph.ingest.InputFormat;

class JobConfigTest {
  static final Path CONF = TestSpark.projectDir().resolve("conf/newsgraph.properties");

  static Map<String, String> valid(String... kv) {
    Map<String, String> m = new HashMap<>();
    m.put("input.paths", TestSpark.sampleCorpus().toString());
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static String error(Map<String, String> overrides) {
    return assertThrows(ConfigException.class, () -> JobConfig.load(CONF, overrides)).getMessage();
  }

  @Test
  void theShippedConfigLoadsWithItsAliases() {
    JobConfig c = JobConfig.load(CONF, valid());
    assertEquals(InputFormat.AUTO, c.format());
    assertEquals("output", c.output());
    assertTrue(c.aliases().containsKey("nato"));
    assertEquals(100, c.maxEntitiesPerArticle());
  }

  @Test
  void badValuesNameTheOption() {
    assertTrue(error(valid("nlp.articles-per-partition", "many")).contains("nlp.articles-per-partition"));
    assertTrue(error(valid("input.format", "xml")).contains("use auto, jsonl, text, csv, tsv, parquet or warc"));
    assertTrue(error(valid("nlp.languages", "en")).contains("not an ISO 639-3 code"));
    assertTrue(error(valid("dedup.near.threshold", "1.5")).contains("dedup.near.threshold"));
    assertTrue(error(valid("output.incremental", "maybe")).contains("output.incremental"));
    assertTrue(error(valid("output.overwrite", "yes")).contains("expected true or false"));
    assertTrue(error(valid("nlp.speed", "11")).contains("unknown option 'nlp.speed'"));
    assertTrue(error(valid("input.paths", "")).contains("no input"));
    assertTrue(error(valid("input.paths", "no/such/dir")).contains("input path does not exist: no/such/dir"));
    assertTrue(error(valid("entities.aliases", "no/such.tsv")).contains("entities.aliases"));
    assertTrue(error(valid("cooccurrence.max-entities-per-article", "1")).contains("at least 2"));
    assertTrue(error(valid("input.field.text", " ")).contains("input.field.text"));
  }

  @Test
  void unknownKeysInAFileAreErrorsToo(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.properties");
    Files.writeString(f, "input.paths=x\ninput.fromat=jsonl\n");
    String msg = assertThrows(ConfigException.class, () -> JobConfig.load(f, Map.of())).getMessage();
    assertTrue(msg.contains("unknown option 'input.fromat' in " + f), msg);
  }

  @Test
  void everyOptionIsInTheShippedConfigAndTheDocs() throws IOException {
    String conf = Files.readString(CONF);
    String docs = Files.readString(TestSpark.projectDir().resolve("docs/configuration.md"));
    for (JobConfig.Option o : JobConfig.OPTIONS) {
      assertTrue(conf.contains("\n" + o.key() + " ="), o.key() + " missing from conf/newsgraph.properties");
      assertTrue(docs.contains("| `" + o.key() + "` |"), o.key() + " missing from docs/configuration.md");
      String shipped = conf.split("\n" + o.key() + " =", 2)[1].split("\n", 2)[0].strip();
      if (!o.key().equals("entities.aliases")) {
        assertEquals(o.defaultValue(), shipped, "conf/newsgraph.properties default of " + o.key());
      }
    }
  }
}
