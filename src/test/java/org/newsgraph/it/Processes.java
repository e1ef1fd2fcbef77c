package org.newsgraph.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the project's commands as a user would, in child JVMs, and always stops them. */
final class Processes {
  private Processes() {}

  /** Exit code and everything the command printed. */
  record Result(int exitCode, String output) {}

  static String required(String property) {
    String v = System.getProperty(property);
    if (v == null) {
      throw new IllegalStateException("system property " + property + " is not set: run through 'mvn verify'");
    }
    return v;
  }

  static List<String> jvmOpens() {
    return Arrays.asList(required("newsgraph.jvmOpens").trim().split("\\s+"));
  }

  /**
   * The dependencies with the project's jar in front: OpenNLP loads the classes a model names
   * (the NER model's cluster feature) with its own class loader, so where OpenNLP comes from the
   * JVM's classpath, the project's classes must be there too (docs/cluster.md).
   */
  static String sparkClasspath() throws IOException {
    return clusterJar() + java.io.File.pathSeparator
        + Files.readString(Path.of(required("newsgraph.classpathFile"))).trim();
  }

  static Path clusterJar() {
    return Path.of(required("newsgraph.clusterJar"));
  }

  /** spark-submit as the Maven jars provide it: java -cp SPARK_JARS SparkSubmit ARGS. */
  static List<String> sparkSubmit(String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOpens());
    cmd.add("-cp");
    cmd.add(sparkClasspath());
    cmd.add("org.apache.spark.deploy.SparkSubmit");
    cmd.addAll(Arrays.asList(args));
    return cmd;
  }

  static Process start(List<String> command, Path log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  static Result run(List<String> command, Path log, long timeoutSeconds) throws IOException, InterruptedException {
    return await(start(command, log), command, log, timeoutSeconds);
  }

  /** Waits for a started command; kills it and everything it started when it overruns. */
  static Result await(Process p, List<String> command, Path log, long timeoutSeconds)
      throws IOException, InterruptedException {
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command + "\n" + Files.readString(log));
      }
      return new Result(p.exitValue(), Files.readString(log));
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }
}
