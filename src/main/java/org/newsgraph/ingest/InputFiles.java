package org.newsgraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the input arguments (files, folders, globs, any Hadoop file system URI) into the files
 * to read. Folders are walked recursively; names starting with '.' or '_' are skipped, as Hadoop
 * and Spark do (_SUCCESS, .crc files). Only file names are listed on the driver, never contents.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<InputFile> list(List<String> inputs, InputFormat format, Configuration conf)
      throws IOException {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      Path pattern = new Path(input);
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new IOException("input path does not exist: " + input);
      }
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          Path root = match.getPath();
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
          while (it.hasNext()) {
            Path p = it.next().getPath();
            String rel = relative(root, p);
            if (!hidden(rel)) {
              files.add(new InputFile(p.toString(), rel, formatFor(p.getName(), format)));
            }
          }
        } else {
          Path p = match.getPath();
          files.add(new InputFile(p.toString(), p.getName(), formatFor(p.getName(), format)));
        }
      }
    }
    files.sort(java.util.Comparator.comparing(InputFile::getPath));
    return files;
  }

  private static InputFormat formatFor(String name, InputFormat requested) {
    return requested == InputFormat.AUTO ? InputFormat.ofFileName(name) : requested;
  }

  private static String relative(Path root, Path file) {
    String r = root.toUri().getPath();
    String f = file.toUri().getPath();
    return f.startsWith(r + "/") ? f.substring(r.length() + 1) : file.getName();
  }

  private static boolean hidden(String relativePath) {
    for (String part : relativePath.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
