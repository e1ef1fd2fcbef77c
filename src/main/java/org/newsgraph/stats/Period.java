package org.newsgraph.stats;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.to_date;

import java.util.Locale;
import org.apache.spark.sql.Column;

/** The time slices statistics are counted in (option statistics.period). Weeks start on Monday. */
public enum Period {
  DAY, WEEK, MONTH;

  public static Period parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown period '" + value + "': use day, week or month");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The UTC date on which the period holding {@code timestamp} starts. */
  public Column start(Column timestamp) {
    return to_date(date_trunc(label(), timestamp));
  }

  /** The start of the period before the one starting on {@code periodStart}. */
  public Column previous(Column periodStart) {
    switch (this) {
      case DAY: return date_sub(periodStart, 1);
      case WEEK: return date_sub(periodStart, 7);
      default: return add_months(periodStart, -1);
    }
  }
}
