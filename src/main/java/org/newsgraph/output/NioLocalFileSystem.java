package org.newsgraph.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) with permissions set through java.nio. Without
 * Hadoop's native library, which Maven-built Spark does not ship, RawLocalFileSystem starts a
 * {@code chmod} process for every file and folder it creates: about 2,300 processes for one run's
 * date-partitioned output, a sizeable share of the write stage. conf/spark-local.conf selects
 * this class with {@code spark.hadoop.fs.file.impl}; everything else is Hadoop's own.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** RawLocalFileSystem, but {@link #setPermission} in-process. */
  public static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
      } catch (UnsupportedOperationException notPosix) {
        super.setPermission(p, permission); // e.g. Windows: Hadoop's own way
      }
    }
  }

  /** The nine rwx bits (the sticky bit and the like are not POSIX file-attribute permissions). */
  static Set<PosixFilePermission> posix(FsPermission permission) {
    return PosixFilePermissions.fromString(permission.getUserAction().SYMBOL
        + permission.getGroupAction().SYMBOL + permission.getOtherAction().SYMBOL);
  }
}
