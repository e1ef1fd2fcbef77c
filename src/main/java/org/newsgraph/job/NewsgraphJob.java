package org.newsgraph.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.cooccurrence.CooccurrenceStage;
import org.newsgraph.entities.EntityNormalizer;
import org.newsgraph.entities.EntityStage;
import org.newsgraph.ingest.IngestStage;
import org.newsgraph.ingest.InputFile;
import org.newsgraph.ingest.InputFiles;
import org.newsgraph.ingest.NearDuplicates;
import org.newsgraph.nlp.LanguageStage;
import org.newsgraph.nlp.Models;
import org.newsgraph.nlp.NlpStage;
import org.newsgraph.output.GraphMlExport;
import org.newsgraph.output.OutputWriter;
import org.newsgraph.output.RunManifest;
import org.newsgraph.spark.ShortPlans;
import org.newsgraph.spark.StageCaches;
import org.newsgraph.stats.TrendsStage;
import org.newsgraph.topics.TopicsStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole flow: list → read (parse, clean, reject, dedup) → ner → entities → cooccurrence →
 * write. Each stage runs under its own Spark job group and logs one line with its counts and
 * time. Tests call {@link #run} directly with their own session.
 */
public final class NewsgraphJob {
  private NewsgraphJob() {}

  public static final String VERSION = "0.1.0";
  private static final Logger LOG = LoggerFactory.getLogger(NewsgraphJob.class);

  /** Output tables, in the order they are written (the four topic tables only when topics are on). */
  public static final List<String> TABLES = List.of("articles", "mentions", "entities", "cooccurrence",
      "top_neighbours", "entity_trends", "topics", "article_topics", "topic_trends", "entity_topics", "rejects",
      "run_manifest");

  public static RunManifest run(SparkSession spark, JobConfig config) throws Exception {
    // Everything persisted on the way is unpersisted when the run ends, failed or not: a cache left
    // behind keeps its whole plan (broadcast relations included) alive as long as the session lives.
    List<Dataset<?>> caches = new java.util.ArrayList<>();
    RunMetrics metrics = new RunMetrics();
    spark.sparkContext().addSparkListener(metrics);
    try {
      return run(spark, config, metrics, caches);
    } finally {
      spark.sparkContext().removeSparkListener(metrics);
      caches.forEach(Dataset::unpersist);
    }
  }

  private static RunManifest run(SparkSession spark, JobConfig config, RunMetrics metrics,
      List<Dataset<?>> stageCaches) throws Exception {
    // Dates are UTC days and timestamps portable microseconds: part of the output's contract.
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    OutputWriter.checkWritable(config.output(), config.overwrite(), hadoop);

    RunManifest manifest = new RunManifest();
    manifest.runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
        .format(manifest.startedAt) + "-" + UUID.randomUUID().toString().substring(0, 8);
    manifest.newsgraphVersion = VERSION;
    manifest.sparkVersion = spark.version();
    manifest.opennlpVersion = opennlp.tools.util.Version.currentVersion().toString();
    manifest.inputPaths.addAll(config.inputs());
    manifest.config.putAll(config.settings());
    manifest.config.put("input.paths", String.join(",", config.inputs()));
    manifest.modelChecksums.putAll(Models.checksums());
    manifest.modelChecksums.put(NlpStage.RULES, NlpStage.RULES_VERSION);
    OutputWriter writer = new OutputWriter(config.output(), manifest.runId, hadoop);

    List<InputFile> files = stage(spark, manifest, "list", () ->
        InputFiles.list(config.inputs(), config.format(), hadoop));
    manifest.inputFiles = files.size();
    log("list", manifest, "files=" + files.size());

    Dataset<Row> newRecords = StageCaches.persisted(IngestStage.read(spark, files, config.fields(),
        config.maxRecordBytes(), hadoopSettings(spark)).toDF().drop("rejected"), stageCaches); // rejected: derived bean getter
    PreviousOutput previous = null;
    if (config.incremental()) {
      manifest.runMode = "incremental";
      previous = stage(spark, manifest, "previous", () ->
          PreviousOutput.load(spark, config.output(), files, newRecords, manifest.modelChecksums));
      if (previous != null) {
        manifest.datesReplaced.addAll(previous.replacedDates);
      }
      log("previous", manifest, previous == null ? "no previous output: a full run"
          : "new input brings " + previous.replacedDates.size() + " publication days");
    }
    Dataset<Row> records = StageCaches.persisted(
        previous == null ? newRecords : newRecords.unionByName(previous.records), stageCaches);
    IngestStage.Result ingested = IngestStage.split(records);
    Dataset<Row> rejects = StageCaches.persisted(ingested.rejects(), stageCaches);
    Dataset<Row> articles = stage(spark, manifest, "read", () -> {
      manifest.recordsRead = records.count();
      manifest.recordsRejected = rejects.count();
      for (Row r : rejects.groupBy("rejectReason").count().orderBy("rejectReason").collectAsList()) {
        manifest.rejectsByReason.put(r.getString(0), r.getLong(1));
      }
      return StageCaches.persisted(ingested.articles(), stageCaches);
    });
    log("read", manifest, "records=" + manifest.recordsRead + " rejected=" + manifest.recordsRejected);

    Dataset<Row> markedCache = stage(spark, manifest, "dedup", () -> {
      List<Dataset<?>> dedupCaches = new java.util.ArrayList<>();
      Dataset<Row> m;
      try {
        m = StageCaches.persisted(
            LanguageStage.detect(NearDuplicates.mark(articles, config.nearDuplicates(), dedupCaches)), stageCaches);
        m.count();
      } finally {
        dedupCaches.forEach(Dataset::unpersist); // the marks are computed (or the run failed): free them now
      }
      for (Row r : m.groupBy("duplicateKind").count().collectAsList()) {
        if (r.isNullAt(0)) {
          continue;
        }
        manifest.duplicates += r.getLong(1);
        if (r.getString(0).equals("near")) {
          manifest.nearDuplicates = r.getLong(1);
        }
      }
      for (Row r : m.filter(col("duplicate_of").isNull()).groupBy("language").count()
          .orderBy(col("count").desc(), col("language")).collectAsList()) {
        manifest.articlesByLanguage.put(r.getString(0), r.getLong(1));
      }
      return m;
    });
    // Each stage reads the one before through a one-node plan over its cache (ShortPlans).
    Dataset<Row> marked = ShortPlans.of(markedCache);
    // From here on everything reads the dedup output or the rejects, both cached and counted:
    // freeing the input's copies of the text now leaves the NER output room in memory.
    articles.unpersist();
    records.unpersist();
    newRecords.unpersist();
    log("dedup", manifest, "duplicates=" + manifest.duplicates + " (near " + manifest.nearDuplicates
        + ") languages=" + manifest.articlesByLanguage);

    Dataset<Row> toAnnotate = config.includeDuplicates() ? marked : marked.filter(col("duplicate_of").isNull());
    Dataset<Row> canReuse = null;
    if (previous != null) {
      // The same record (id, file, position) annotated before: the NER stage reuses its results.
      toAnnotate = toAnnotate.join(previous.annotations, col("id").equalTo(col("prevId"))
          .and(col("sourceFile").equalTo(col("prevSourceFile"))).and(col("position").equalTo(col("prevPosition"))), "left");
      canReuse = toAnnotate.filter(col("prevSentences").isNotNull().and(col("language").isin(config.nerLanguages().toArray())));
    }
    long candidates = manifest.recordsRead - manifest.recordsRejected
        - (config.includeDuplicates() ? 0 : manifest.duplicates);
    int partitions = (int) Math.max(spark.sparkContext().defaultParallelism(),
        Math.min(100_000, (candidates + config.articlesPerPartition() - 1) / config.articlesPerPartition()));
    LongAccumulator modelLoads = spark.sparkContext().longAccumulator("model_loads");
    Dataset<Row> annotatedCache = StageCaches.persisted(NlpStage.annotate(
        toAnnotate.repartition(partitions, col("id")), new EntityNormalizer(config.aliases()), modelLoads,
        config.nerLanguages()), stageCaches);
    Dataset<Row> reusedRows = canReuse;
    stage(spark, manifest, "ner", () -> {
      Row totals = annotatedCache.agg(sum(when(col("duplicate_of").isNull(), 1).otherwise(0)),
          sum("sentences"), sum("tokens"), sum(size(col("mentions"))),
          sum(when(col("published").isNull(), 1).otherwise(0)), count(col("sentences"))).first();
      manifest.articlesProcessed = longOrZero(totals, 0);
      manifest.sentences = longOrZero(totals, 1);
      manifest.tokens = longOrZero(totals, 2);
      manifest.mentions = longOrZero(totals, 3);
      manifest.articlesWithoutDate = longOrZero(totals, 4);
      manifest.articlesAnnotated = longOrZero(totals, 5);
      manifest.articlesReused = reusedRows == null ? 0 : reusedRows.count();
      return null;
    });
    manifest.modelLoads = modelLoads.value();
    log("ner", manifest, "articles=" + manifest.articlesProcessed + " annotated=" + manifest.articlesAnnotated
        + " partitions=" + partitions
        + " tokens=" + manifest.tokens + " mentions=" + manifest.mentions + " model_loads=" + manifest.modelLoads);

    Dataset<Row> annotated = ShortPlans.of(annotatedCache);
    // Not cached: exploding the cached NER output again for each reader costs less than building
    // a second cache of one row per mention (docs/benchmarks.md, "The mentions are not cached").
    Dataset<Row> mentions = EntityStage.mentions(annotated);
    Dataset<Row> entitiesCache = StageCaches.persisted(EntityStage.entities(mentions), stageCaches);
    stage(spark, manifest, "entities", () -> {
      manifest.entities = entitiesCache.count();
      return null;
    });
    Dataset<Row> entities = ShortPlans.of(entitiesCache);
    log("entities", manifest, "entities=" + manifest.entities);

    // Statistics cover the articles NER ran on; the others would only add empty units to N.
    Dataset<Row> analysed = annotated.filter(col("sentences").isNotNull());
    Dataset<Row> pairsCache = StageCaches.persisted(CooccurrenceStage.pairs(analysed, entities, config.period(),
        config.maxEntitiesPerArticle(), config.windowSentences(), config.minSupport(), stageCaches), stageCaches);
    stage(spark, manifest, "cooccurrence", () -> {
      manifest.cooccurrencePairs = pairsCache.count();
      return null;
    });
    Dataset<Row> pairs = ShortPlans.of(pairsCache);
    Dataset<Row> neighbours = CooccurrenceStage.topNeighbours(pairs, config.topNeighbours());
    Dataset<Row> trends = TrendsStage.entityTrends(mentions, entities, config.period());
    log("cooccurrence", manifest, "pair rows=" + manifest.cooccurrencePairs);

    TopicsStage.Result topics = null;
    if (config.topicsEnabled()) {
      // As for the articles table: a hash table of the ids, so that the text is not sorted.
      Dataset<Row> analysedText = analysed.select("id", "published").hint("shuffle_hash")
          .join(marked.select("id", "text"), "id");
      topics = stage(spark, manifest, "lda", () ->
          TopicsStage.run(spark, analysedText, manifest.articlesAnnotated, mentions, config.period(), config.topics(), stageCaches));
      if (topics == null) {
        manifest.topicsNote = "no topics: empty vocabulary (" + manifest.articlesAnnotated
            + " articles; no term is in at least topics.min-df of them and at most topics.max-df)";
      } else {
        manifest.topicsLogLikelihood = topics.logLikelihood();
        manifest.topicsLogPerplexity = topics.logPerplexity();
        manifest.topicsVocabulary = topics.vocabulary();
      }
      log("lda", manifest, topics == null ? manifest.topicsNote
          : "k=" + config.topics().k() + " vocabulary=" + topics.vocabulary() + " log_perplexity="
              + String.format(java.util.Locale.ROOT, "%.3f", topics.logPerplexity()));
    } else {
      manifest.topicsNote = "topics.enabled=false";
    }

    TopicsStage.Result fitted = topics;
    stage(spark, manifest, "write", () -> {
      // Rows of one partition value go to one task, so each date folder gets one file, not one per task.
      writer.write("articles", articlesTable(annotated, marked)
          .repartition(col("published_date")), "published_date");
      writer.write("mentions", mentions.drop("published")
          .withColumnRenamed("entity_name", "resolved_name").withColumnRenamed("entity_type", "resolved_type")
          .repartition(col("published_date")), "published_date");
      writer.write("entities", entities.orderBy(col("mention_count").desc(), col("entity_id")));
      writer.write("cooccurrence", pairs.repartition(col("unit"), col("period"), col("period_start")),
          "unit", "period");
      writer.write("top_neighbours", neighbours.orderBy("unit", "entity_id", "measure", "rank"));
      writer.write("entity_trends", trends.orderBy("period_start", "entity_id"));
      if (fitted != null) {
        writer.write("topics", fitted.topics().orderBy("topic_id").coalesce(1));
        writer.write("article_topics", fitted.articleTopics().repartition(col("published_date")), "published_date");
        writer.write("topic_trends", fitted.topicTrends().orderBy("period_start", "topic_id"));
        writer.write("entity_topics", fitted.entityTopics().orderBy("entity_id", "topic_id"));
      }
      writer.write("rejects", rejectsTable(rejects));
      if (config.graphMl()) {
        List<Row> edges = GraphMlExport.edges(pairs, config.graphMinJointCount(), config.graphMaxEdges());
        writer.writeFile(GraphMlExport.FILE, GraphMlExport.toGraphMl(GraphMlExport.nodes(entities, edges), edges));
      }
      return null;
    });
    manifest.status = "succeeded";
    manifest.finishedAt = Instant.now();
    spark.sparkContext().removeSparkListener(metrics);
    manifest.shuffleWriteBytes = metrics.shuffleWriteBytes.get();
    manifest.spillDiskBytes = metrics.spillDiskBytes.get();
    manifest.peakTaskExecutionMemory = metrics.peakExecutionMemory.get();
    manifest.stageTaskSeconds.putAll(metrics.taskSeconds());
    manifest.stageTaskCpuSeconds.putAll(metrics.taskCpuSeconds());
    writer.write("run_manifest", spark.createDataFrame(List.of(manifest.toRow()), RunManifest.SCHEMA).coalesce(1));
    writer.commit(manifest.toJson());
    log("write", manifest, "output=" + writer.root());
    return manifest;
  }

  /**
   * Every article with its NLP counts (NULL where NER did not run: another language, or a
   * duplicate when duplicates are left out of the statistics), duplicates pointing to their
   * representative. The NER output carries no text, so the counts are joined to the articles.
   */
  static Dataset<Row> articlesTable(Dataset<Row> annotated, Dataset<Row> articles) {
    Dataset<Row> counts = annotated.select(col("id").as("_ner_id"), col("sentences"), col("tokens"),
        when(col("sentences").isNotNull(), size(col("mentions"))).as("mention_count"));
    // A hash table of the small counts in each partition: a sort-merge join would sort the text.
    return articles.join(counts.hint("shuffle_hash"), col("id").equalTo(col("_ner_id")), "left").select(
        col("id"), col("title"), col("source"), col("url"), col("published"),
        col("publishedStatus").as("published_status"), col("crawled").as("crawled_at"), col("language"),
        col("languageConfidence").as("language_confidence"), col("declaredLanguage").as("declared_language"),
        length(col("text")).as("characters"), col("sentences"), col("tokens"), col("mention_count"),
        col("duplicate_of"), col("duplicateKind").as("duplicate_kind"),
        col("duplicateSimilarity").as("duplicate_similarity"), col("encoding"),
        col("sourceFile").as("source_file"), col("position"), col("text"),
        to_date(col("published")).as("published_date"));
  }

  static Dataset<Row> rejectsTable(Dataset<Row> rejects) {
    return rejects.select(col("sourceFile").as("source_file"), col("position"), col("id").as("record_id"),
        col("rejectReason").as("reason"), col("rejectDetail").as("detail"), col("excerpt"))
        .orderBy("source_file", "position");
  }

  private static <T> T stage(SparkSession spark, RunManifest manifest, String name, Callable<T> work)
      throws Exception {
    spark.sparkContext().setJobGroup(name, "newsgraph " + name, false);
    long t0 = System.nanoTime();
    try {
      return work.call();
    } finally {
      manifest.stageSeconds.put(name, (System.nanoTime() - t0) / 1e9);
      spark.sparkContext().clearJobGroup();
    }
  }

  private static void log(String stage, RunManifest manifest, String counts) {
    LOG.info("stage {} done in {} s: {}", stage,
        String.format(java.util.Locale.ROOT, "%.1f", manifest.stageSeconds.getOrDefault(stage, 0.0)), counts);
  }

  private static long longOrZero(Row r, int i) {
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
  }

  /** spark.hadoop.* settings, so executors open input files with the same file system options. */
  private static Map<String, String> hadoopSettings(SparkSession spark) {
    Map<String, String> out = new HashMap<>();
    for (scala.Tuple2<String, String> kv : spark.sparkContext().getConf().getAllWithPrefix("spark.hadoop.")) {
      out.put(kv._1(), kv._2());
    }
    return out;
  }
}
