package org.newsgraph.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1 from the Maven jars: one master, N workers with
 * one core each. Every JVM it starts is recorded and stopped by {@link #close()}, also after a
 * failure (use it in try-with-resources or an @AfterAll).
 */
final class StandaloneCluster implements AutoCloseable {
  final Path dir;
  final int masterPort;
  final List<Process> workers = new ArrayList<>();
  private final List<Process> started = new ArrayList<>();

  StandaloneCluster(Path dir, int workerCount, String workerMemory) throws Exception {
    this.dir = dir;
    Path sparkHome = Files.createDirectories(dir.resolve("spark-home/jars"));
    this.masterPort = freePort();
    boolean ok = false;
    try {
      Path masterLog = dir.resolve("master.log");
      start(javaCommand("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
          "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(freePort())), masterLog, sparkHome);
      waitFor(masterLog, "I have been elected leader", 90);
      for (int i = 0; i < workerCount; i++) {
        Path workDir = Files.createDirectories(dir.resolve("worker-" + i));
        Path log = dir.resolve("worker-" + i + ".log");
        workers.add(start(javaCommand("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
            "--port", Integer.toString(freePort()), "--webui-port", Integer.toString(freePort()),
            "--cores", "1", "--memory", workerMemory, "--work-dir", workDir.toString(), masterUrl()), log, sparkHome));
        waitFor(log, "Successfully registered with master", 90);
      }
      ok = true;
    } finally {
      if (!ok) {
        close();
      }
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /**
   * Executor JVMs that worker {@code i} runs now: a worker's only children are its executors
   * (their command lines, with the long classpath, are too long for ProcessHandle to report).
   */
  List<ProcessHandle> executorsOf(int i) {
    return workers.get(i).children().filter(ProcessHandle::isAlive).toList();
  }

  private List<String> javaCommand(String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Processes.jvmOpens());
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(Processes.sparkClasspath());
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    return cmd;
  }

  private Process start(List<String> cmd, Path log, Path sparkHome) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    // Workers launch executors through SPARK_HOME's launcher logic: these make it use our jars.
    env.put("SPARK_HOME", sparkHome.getParent().toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_DIST_CLASSPATH", Processes.sparkClasspath());
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    started.add(p);
    return p;
  }

  static void waitFor(Path log, String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("'" + text + "' did not appear in " + log + " within " + seconds + " s:\n"
        + (Files.exists(log) ? Files.readString(log) : "(no log)"));
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    for (Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : started) {
      try {
        p.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
