package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Parquet files, row by row, reading only the columns input.field.* names. Strings, whole
 * numbers, dates and timestamps (INT64 with a unit, or Spark's legacy INT96) become the
 * values the other formats carry; a mapped column that is a nested type rejects the file.
 * The position is the 1-based row number in the file.
 */
final class ParquetRecordReader extends RecordIterator {
  private final RecordParser parser;
  private ParquetReader<Group> rows;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private MessageType schema;

  ParquetRecordReader(InputFile file, Configuration conf, RecordParser parser) {
    super(file);
    this.parser = parser;
    try {
      Path path = new Path(file.getPath());
      MessageType fileSchema;
      try (ParquetFileReader footer = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
        fileSchema = footer.getFooter().getFileMetaData().getSchema();
      }
      List<Type> projected = new ArrayList<>();
      for (String name : parser.fields().names()) {
        if (fileSchema.containsField(name) && projected.stream().noneMatch(t -> t.getName().equals(name))) {
          Type t = fileSchema.getType(name);
          if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) {
            ready.add(RawRecord.reject(file.getPath(), 0, RejectReason.INVALID_FIELD_TYPE,
                "column '" + name + "' is " + t + ", not a single string, number or date", null));
            finish();
            return;
          }
          projected.add(t);
        }
      }
      schema = new MessageType(fileSchema.getName(), projected);
      for (int i = 0; i < projected.size(); i++) {
        columns.put(projected.get(i).getName(), i);
      }
      Configuration readConf = new Configuration(conf);
      readConf.set(ReadSupport.PARQUET_READ_SCHEMA, schema.toString());
      rows = ParquetReader.builder(new GroupReadSupport(), path).withConf(readConf).build();
    } catch (IOException | RuntimeException e) {
      fail(0, e);
    }
  }

  @Override
  protected boolean readMore() throws IOException {
    Group row = rows.read();
    if (row == null) {
      return false;
    }
    position++;
    ready.add(parser.fromValues(name -> value(row, name), "parquet", file.getPath(), position, null));
    return true;
  }

  private String value(Group row, String name) {
    Integer i = columns.get(name);
    if (i == null || row.getFieldRepetitionCount(i) == 0) {
      return null;
    }
    PrimitiveType type = schema.getType(i).asPrimitiveType();
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    switch (type.getPrimitiveTypeName()) {
      case INT64:
        long n = row.getLong(i, 0);
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
          return switch (ts.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(n).toString();
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000L), Math.floorMod(n, 1_000_000L) * 1000).toString();
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L)).toString();
          };
        }
        return Long.toString(n);
      case INT32:
        int v = row.getInteger(i, 0);
        return logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
            ? LocalDate.ofEpochDay(v).toString() : Integer.toString(v);
      case INT96:
        return int96ToInstant(row.getInt96(i, 0)).toString();
      case BINARY:
      case FIXED_LEN_BYTE_ARRAY:
        return row.getBinary(i, 0).toStringUsingUTF8();
      default:
        return row.getValueToString(i, 0);
    }
  }

  /** Spark's legacy timestamps: nanoseconds of the day, then the Julian day number, little-endian. */
  static Instant int96ToInstant(Binary b) {
    ByteBuffer buf = b.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    long nanosOfDay = buf.getLong();
    int julianDay = buf.getInt();
    long epochDay = julianDay - 2_440_588L;
    return Instant.ofEpochSecond(epochDay * 86_400L, 0).plusNanos(nanosOfDay);
  }

  @Override
  protected void closeInput() throws IOException {
    if (rows != null) {
      rows.close();
      rows = null;
    }
  }
}
