package org.newsgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** Every query in docs/querying.md runs on the sample output in DuckDB (JDBC) and in Spark SQL, with the same result size. */
class QueriesDocTest {
  static Path out;
  static String doc;

  @BeforeAll
  static void setUp() throws Exception {
    out = TestSpark.sampleOutput();
    doc = Files.readString(TestSpark.projectDir().resolve("docs/querying.md"));
  }

  static List<String> sqlBlocks(String text) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(text);
    while (m.find()) {
      blocks.add(m.group(1).strip());
    }
    return blocks;
  }

  /** "### N. title" to the query under it. */
  static Map<String, String> queries() {
    Map<String, String> q = new LinkedHashMap<>();
    String section = doc.split("\\n## Queries\\n", 2)[1];
    for (String part : section.split("\\n### ")) {
      List<String> blocks = sqlBlocks(part);
      if (!blocks.isEmpty()) {
        q.put(part.lines().findFirst().orElse("").strip(), blocks.get(0));
      }
    }
    return q;
  }

  static long duckDbRows(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      long n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }

  @Test
  void everyDocumentedQueryRunsInDuckDbAndSparkAlike() throws Exception {
    Map<String, String> queries = queries();
    assertTrue(queries.size() >= 10, "ten worked queries: " + queries.keySet());
    String setup = sqlBlocks(doc.split("\\n## Setup", 2)[1]).get(0).replace("OUT/", out.toString() + "/");
    SparkSession spark = TestSpark.session();
    for (String t : List.of("articles", "mentions", "entities", "cooccurrence", "top_neighbours", "entity_trends",
        "topics", "article_topics", "topic_trends", "entity_topics", "rejects")) {
      spark.read().parquet(out.resolve(t).toString()).createOrReplaceTempView(t);
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = duck.createStatement()) {
        for (String statement : setup.split(";")) {
          if (!statement.isBlank()) {
            s.execute(statement);
          }
        }
      }
      for (Map.Entry<String, String> q : queries.entrySet()) {
        long inDuck = duckDbRows(duck, q.getValue());
        long inSpark = spark.sql(q.getValue()).count();
        assertTrue(inDuck > 0, "no rows in DuckDB for query " + q.getKey());
        assertEquals(inDuck, inSpark, "DuckDB and Spark disagree on query " + q.getKey());
      }
    }
  }

  @Test
  void duckDbReadsTimestampsAndPartitionsTyped() throws Exception {
    String setup = sqlBlocks(doc.split("\\n## Setup", 2)[1]).get(0).replace("OUT/", out.toString() + "/");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
      for (String statement : setup.split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT typeof(published), typeof(published_date), count(*) FROM articles "
          + "GROUP BY ALL")) {
        assertTrue(rs.next());
        assertTrue(rs.getString(1).startsWith("TIMESTAMP"), rs.getString(1));
        assertEquals("DATE", rs.getString(2));
        assertEquals(34, rs.getLong(3));
      }
    }
  }
}
