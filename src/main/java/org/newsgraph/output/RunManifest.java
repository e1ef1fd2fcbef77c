package org.newsgraph.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What a run read, produced and rejected, how long each stage took, and with which versions,
 * models and options. Written as the run_manifest table and as run_manifest.json. The counts
 * reconcile: records_read = articles_processed + records_rejected + duplicates.
 */
public final class RunManifest {
  public String runId;
  public String status = "running";
  public Instant startedAt = Instant.now();
  public Instant finishedAt;
  public String newsgraphVersion;
  public String sparkVersion;
  public String opennlpVersion;
  public String javaVersion = System.getProperty("java.version");
  public List<String> inputPaths = new ArrayList<>();
  public long inputFiles;
  public long recordsRead;
  public long articlesProcessed;
  public long recordsRejected;
  public long duplicates;
  public long nearDuplicates;
  public long articlesAnnotated;
  public String runMode = "full";
  public long articlesReused;
  public List<String> datesReplaced = new ArrayList<>();
  public long articlesWithoutDate;
  public long sentences;
  public long tokens;
  public long mentions;
  public long entities;
  public long cooccurrencePairs;
  public long modelLoads;
  public long shuffleWriteBytes;
  public long spillDiskBytes;
  public long peakTaskExecutionMemory;
  public Double topicsLogLikelihood;
  public Double topicsLogPerplexity;
  public Integer topicsVocabulary;
  public String topicsNote;
  public Map<String, Long> rejectsByReason = new LinkedHashMap<>();
  public Map<String, Long> articlesByLanguage = new LinkedHashMap<>();
  public Map<String, Double> stageSeconds = new LinkedHashMap<>();
  public Map<String, Double> stageTaskSeconds = new LinkedHashMap<>();
  public Map<String, Double> stageTaskCpuSeconds = new LinkedHashMap<>();
  public Map<String, String> modelChecksums = new LinkedHashMap<>();
  public Map<String, String> config = new LinkedHashMap<>();

  public boolean reconciles() {
    return recordsRead == articlesProcessed + recordsRejected + duplicates;
  }

  public static final StructType SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType)
      .add("status", DataTypes.StringType)
      .add("started_at", DataTypes.TimestampType)
      .add("finished_at", DataTypes.TimestampType)
      .add("newsgraph_version", DataTypes.StringType)
      .add("spark_version", DataTypes.StringType)
      .add("opennlp_version", DataTypes.StringType)
      .add("java_version", DataTypes.StringType)
      .add("input_paths", DataTypes.createArrayType(DataTypes.StringType))
      .add("input_files", DataTypes.LongType)
      .add("records_read", DataTypes.LongType)
      .add("articles_processed", DataTypes.LongType)
      .add("records_rejected", DataTypes.LongType)
      .add("duplicates", DataTypes.LongType)
      .add("near_duplicates", DataTypes.LongType)
      .add("reconciles", DataTypes.BooleanType)
      .add("articles_annotated", DataTypes.LongType)
      .add("run_mode", DataTypes.StringType)
      .add("articles_reused", DataTypes.LongType)
      .add("dates_replaced", DataTypes.createArrayType(DataTypes.StringType))
      .add("articles_without_date", DataTypes.LongType)
      .add("sentences", DataTypes.LongType)
      .add("tokens", DataTypes.LongType)
      .add("mentions", DataTypes.LongType)
      .add("entities", DataTypes.LongType)
      .add("cooccurrence_pairs", DataTypes.LongType)
      .add("model_loads", DataTypes.LongType)
      .add("shuffle_write_bytes", DataTypes.LongType)
      .add("spill_disk_bytes", DataTypes.LongType)
      .add("peak_task_execution_memory", DataTypes.LongType)
      .add("topics_log_likelihood", DataTypes.DoubleType)
      .add("topics_log_perplexity", DataTypes.DoubleType)
      .add("topics_vocabulary", DataTypes.IntegerType)
      .add("topics_note", DataTypes.StringType)
      .add("rejects_by_reason", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
      .add("articles_by_language", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
      .add("stage_seconds", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
      .add("stage_task_seconds", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
      .add("stage_task_cpu_seconds", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
      .add("model_checksums", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
      .add("config", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));

  public Row toRow() {
    return RowFactory.create(runId, status, ts(startedAt), ts(finishedAt), newsgraphVersion, sparkVersion,
        opennlpVersion, javaVersion, CollectionConverters.asScala(inputPaths).toSeq(), inputFiles, recordsRead,
        articlesProcessed, recordsRejected, duplicates, nearDuplicates, reconciles(), articlesAnnotated, runMode,
        articlesReused, CollectionConverters.asScala(datesReplaced).toSeq(), articlesWithoutDate, sentences, tokens,
        mentions, entities, cooccurrencePairs, modelLoads, shuffleWriteBytes, spillDiskBytes, peakTaskExecutionMemory,
        topicsLogLikelihood, topicsLogPerplexity, topicsVocabulary,
        topicsNote, scalaMap(rejectsByReason), scalaMap(articlesByLanguage), scalaMap(stageSeconds),
        scalaMap(stageTaskSeconds), scalaMap(stageTaskCpuSeconds),
        scalaMap(modelChecksums), scalaMap(config));
  }

  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    Row row = toRow();
    for (int i = 0; i < SCHEMA.size(); i++) {
      Object v = row.get(i);
      if (v instanceof scala.collection.Map<?, ?> sm) {
        v = CollectionConverters.asJava(sm);
      } else if (v instanceof scala.collection.Seq<?> seq) {
        v = CollectionConverters.asJava(seq);
      } else if (v instanceof Timestamp t) {
        v = t.toInstant().toString();
      }
      m.put(SCHEMA.fields()[i].name(), v);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  private static <K, V> scala.collection.Map<K, V> scalaMap(Map<K, V> m) {
    return CollectionConverters.asScala(m);
  }
}
