package org.newsgraph.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestSpark;

class NioLocalFileSystemTest {

  @Test
  void setsPermissionsOnFilesAndFolders(@TempDir Path dir) throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    conf.set("fs.permissions.umask-mode", "022");
    try (FileSystem fs = FileSystem.newInstance(URI.create("file:///"), conf)) {
      assertInstanceOf(NioLocalFileSystem.class, fs);
      org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(dir.resolve("a/b").toUri());
      assertTrue(fs.mkdirs(folder, new FsPermission((short) 0750)));
      assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));

      org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(folder, "part-0.parquet");
      try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0664), true, 4096, (short) 1,
          1 << 20, null)) {
        out.writeBytes("x");
      }
      // 0664 under umask 022
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part-0.parquet"))));

      fs.setPermission(file, new FsPermission((short) 0600));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part-0.parquet"))));
    }
  }

  @Test
  void mapsEveryBit() {
    assertEquals("rwxrwxrwx", PosixFilePermissions.toString(NioLocalFileSystem.posix(new FsPermission((short) 0777))));
    assertEquals("r---w---x", PosixFilePermissions.toString(NioLocalFileSystem.posix(new FsPermission((short) 0421))));
    assertEquals("---------", PosixFilePermissions.toString(NioLocalFileSystem.posix(new FsPermission((short) 01000))));
  }

  @Test
  void theLocalSparkConfNamesThisClass() throws Exception {
    Properties conf = new Properties();
    try (java.io.Reader r = Files.newBufferedReader(TestSpark.projectDir().resolve("conf/spark-local.conf"))) {
      conf.load(r);
    }
    assertEquals(NioLocalFileSystem.class.getName(), conf.getProperty("spark.hadoop.fs.file.impl"));
  }
}
